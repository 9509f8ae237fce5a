#include "kiosk/queue/catalog_config.h"

#include <algorithm>
#include <regex>
#include <set>
#include <sstream>

#include "kiosk/app/config.h"

namespace yizhan::kiosk {

namespace {

// Names one entry of an array in messages: "station.toml:14: [[services]] #2 (utilities)".
class EntryContext {
 public:
  EntryContext(std::string origin, std::string array, size_t index)
      : origin_(std::move(origin)), array_(std::move(array)), index_(index) {}
  void name(std::string n) { name_ = std::move(n); }

  [[noreturn]] void fail(const toml::node& at, const std::string& key,
                         const std::string& problem) const {
    std::string where = origin_;
    if (at.source().begin.line > 0) where += ":" + std::to_string(at.source().begin.line);
    std::string entry = "[[" + array_ + "]] #" + std::to_string(index_ + 1);
    if (!name_.empty()) entry += " (" + name_ + ")";
    throw ConfigError(where + ": " + entry + (key.empty() ? "" : " " + key) + ": " + problem);
  }

 private:
  std::string origin_, array_, name_;
  size_t index_;
};

std::string typeName(const toml::node& node) {
  std::ostringstream out;
  out << node.type();
  return out.str();
}

const toml::node& required(const toml::table& t, const EntryContext& ctx, const char* key) {
  const toml::node* node = t.get(key);
  if (!node) ctx.fail(t, key, "missing (every entry needs it)");
  return *node;
}

std::string stringOf(const toml::node& node, const EntryContext& ctx, const char* key) {
  if (!node.is_string()) ctx.fail(node, key, "expected a string in quotes, got " + typeName(node));
  return *node.value<std::string>();
}

int intOf(const toml::node& node, const EntryContext& ctx, const char* key, int min, int max) {
  if (!node.is_integer()) ctx.fail(node, key, "expected a whole number, got " + typeName(node));
  auto v = *node.value<std::int64_t>();
  if (v < min || v > max) {
    ctx.fail(node, key,
             "must be between " + std::to_string(min) + " and " + std::to_string(max) + ", got " +
                 std::to_string(v));
  }
  return static_cast<int>(v);
}

const toml::array& arrayOf(const toml::node& node, const EntryContext& ctx, const char* key) {
  const toml::array* a = node.as_array();
  if (!a) ctx.fail(node, key, "expected a list in [brackets], got " + typeName(node));
  if (a->empty()) ctx.fail(node, key, "must not be empty");
  return *a;
}

void rejectUnknownKeys(const toml::table& t, const EntryContext& ctx,
                       std::initializer_list<const char*> known) {
  for (const auto& [name, node] : t) {
    bool ok =
        std::any_of(known.begin(), known.end(), [&](const char* k) { return name.str() == k; });
    if (ok) continue;
    std::string list;
    for (const char* k : known) list += (list.empty() ? "" : ", ") + std::string(k);
    ctx.fail(node, std::string(name.str()), "unknown key (known keys: " + list + ")");
  }
}

ServiceDef readService(const toml::table& t, EntryContext& ctx) {
  static const std::regex idPattern("[a-z0-9][a-z0-9-]{0,39}");
  ServiceDef s;
  s.id = stringOf(required(t, ctx, "id"), ctx, "id");
  if (!std::regex_match(s.id, idPattern)) {
    ctx.fail(*t.get("id"), "id",
             "must be 1-40 lower-case letters, digits or '-' (got \"" + s.id + "\")");
  }
  ctx.name(s.id);
  rejectUnknownKeys(
      t, ctx,
      {"id", "name", "prefix", "counters", "hours", "daily_cap", "policy", "normal_per_priority",
       "default_service_minutes", "appointment_slot_minutes", "appointment_capacity"});
  s.name = stringOf(required(t, ctx, "name"), ctx, "name");
  if (s.name.empty()) ctx.fail(*t.get("name"), "name", "must not be empty");

  const toml::node& prefix = required(t, ctx, "prefix");
  std::string p = stringOf(prefix, ctx, "prefix");
  if (p.size() != 1 || p[0] < 'A' || p[0] > 'Z') {
    ctx.fail(prefix, "prefix", "must be one capital letter A-Z (got \"" + p + "\")");
  }
  s.prefix = p[0];

  for (const toml::node& n : arrayOf(required(t, ctx, "counters"), ctx, "counters")) {
    s.counters.push_back(intOf(n, ctx, "counters", 1, 99));
  }
  for (const toml::node& n : arrayOf(required(t, ctx, "hours"), ctx, "hours")) {
    std::string text = stringOf(n, ctx, "hours");
    auto span = parseOpeningSpan(text);
    if (!span) {
      ctx.fail(n, "hours",
               "\"" + text + "\" is not a span like \"08:30-12:00\" (start before end)");
    }
    s.hours.push_back(*span);
  }
  std::sort(s.hours.begin(), s.hours.end(),
            [](const OpeningSpan& a, const OpeningSpan& b) { return a.from < b.from; });
  for (size_t i = 1; i < s.hours.size(); ++i) {
    if (s.hours[i].from < s.hours[i - 1].to) {
      ctx.fail(
          *t.get("hours"), "hours",
          formatOpeningSpan(s.hours[i - 1]) + " and " + formatOpeningSpan(s.hours[i]) + " overlap");
    }
  }
  if (const toml::node* n = t.get("daily_cap")) s.dailyCap = intOf(*n, ctx, "daily_cap", 1, 9999);
  if (const toml::node* n = t.get("policy")) {
    std::string policy = stringOf(*n, ctx, "policy");
    if (policy == "interleave") {
      s.policy = OrderingPolicy::Interleave;
    } else if (policy == "strict-priority") {
      s.policy = OrderingPolicy::StrictPriority;
    } else {
      ctx.fail(*n, "policy",
               "must be \"interleave\" or \"strict-priority\" (got \"" + policy + "\")");
    }
  }
  if (const toml::node* n = t.get("normal_per_priority")) {
    s.normalPerPriority = intOf(*n, ctx, "normal_per_priority", 1, 20);
  }
  if (const toml::node* n = t.get("default_service_minutes")) {
    s.defaultServiceMinutes = intOf(*n, ctx, "default_service_minutes", 1, 240);
  }
  if (const toml::node* n = t.get("appointment_slot_minutes")) {
    s.slotMinutes = intOf(*n, ctx, "appointment_slot_minutes", 0, 240);
  }
  if (const toml::node* n = t.get("appointment_capacity")) {
    s.slotCapacity = intOf(*n, ctx, "appointment_capacity", 1, 100);
  }
  return s;
}

CounterDef readCounter(const toml::table& t, EntryContext& ctx) {
  CounterDef c;
  c.number = intOf(required(t, ctx, "number"), ctx, "number", 1, 99);
  ctx.name(std::to_string(c.number));
  rejectUnknownKeys(t, ctx, {"number", "name"});
  c.name = stringOf(required(t, ctx, "name"), ctx, "name");
  if (c.name.empty()) ctx.fail(*t.get("name"), "name", "must not be empty");
  return c;
}

std::string quoted(const std::string& s) {
  std::ostringstream out;
  out << toml::value<std::string>(s);
  return out.str();
}

}  // namespace

bool isCatalogArray(const std::string& section) {
  return section == "services" || section == "counters";
}

void readCatalogArray(ServiceCatalog& catalog, const std::string& section, const toml::node& node,
                      const std::string& origin) {
  const toml::array* entries = node.as_array();
  if (!entries || entries->empty()) {
    throw ConfigError(origin + ": " + section + " must be written as [[" + section +
                      "]] entries, at least one");
  }
  if (section == "services") catalog.services.clear();
  if (section == "counters") catalog.counters.clear();
  for (size_t i = 0; i < entries->size(); ++i) {
    EntryContext ctx(origin, section, i);
    const toml::table* t = (*entries)[i].as_table();
    if (!t) ctx.fail((*entries)[i], "", "must be a table");
    if (section == "services") {
      catalog.services.push_back(readService(*t, ctx));
    } else {
      catalog.counters.push_back(readCounter(*t, ctx));
    }
  }
}

void validateCatalog(const ServiceCatalog& catalog, const std::string& origin) {
  std::set<std::string> ids;
  std::set<char> prefixes;
  std::set<int> numbers;
  for (const CounterDef& c : catalog.counters) {
    if (!numbers.insert(c.number).second) {
      throw ConfigError(origin + ": [[counters]] number " + std::to_string(c.number) +
                        " appears twice");
    }
  }
  for (const ServiceDef& s : catalog.services) {
    if (!ids.insert(s.id).second) {
      throw ConfigError(origin + ": [[services]] id \"" + s.id + "\" appears twice");
    }
    if (!prefixes.insert(s.prefix).second) {
      throw ConfigError(origin + ": [[services]] " + s.id + ": prefix \"" +
                        std::string(1, s.prefix) +
                        "\" is already used by another service; numbers would be ambiguous");
    }
    for (int c : s.counters) {
      if (!numbers.count(c)) {
        throw ConfigError(origin + ": [[services]] " + s.id + ": counter " + std::to_string(c) +
                          " is not one of the [[counters]]");
      }
    }
  }
}

std::string renderCatalogArrays(const ServiceCatalog& catalog) {
  std::ostringstream out;
  for (const CounterDef& c : catalog.counters) {
    out << "\n[[counters]]\n# the number residents are sent to\nnumber = " << c.number
        << "\n# shown on the display\nname = " << quoted(c.name) << "\n";
  }
  for (const ServiceDef& s : catalog.services) {
    out << "\n[[services]]\n# stable key, also sent to the district\nid = " << quoted(s.id)
        << "\n# on the tile and the ticket\nname = " << quoted(s.name)
        << "\n# letter before the number\nprefix = " << quoted(std::string(1, s.prefix))
        << "\n# counters that serve it\ncounters = [";
    for (size_t i = 0; i < s.counters.size(); ++i) out << (i ? ", " : "") << s.counters[i];
    out << "]\n# when numbers are given out, local time\nhours = [";
    for (size_t i = 0; i < s.hours.size(); ++i) {
      out << (i ? ", " : "") << quoted(formatOpeningSpan(s.hours[i]));
    }
    out << "]\n# tickets per day at most\ndaily_cap = " << s.dailyCap
        << "\n# interleave (one priority ticket after every normal_per_priority) or "
           "strict-priority\npolicy = "
        << quoted(s.policy == OrderingPolicy::Interleave ? "interleave" : "strict-priority")
        << "\nnormal_per_priority = " << s.normalPerPriority
        << "\n# service time assumed until enough are measured\ndefault_service_minutes = "
        << s.defaultServiceMinutes
        << "\n# length of an appointment slot (预约); 0: not bookable\nappointment_slot_minutes = "
        << s.slotMinutes << "\n# bookings per slot\nappointment_capacity = " << s.slotCapacity
        << "\n";
  }
  return out.str();
}

}  // namespace yizhan::kiosk
