#!/usr/bin/env python3
"""Start-up, idle CPU and memory of the kiosk beside Chromium in --kiosk mode.

Both run full-screen on the same Xvfb server at 1920x1080 and show the same home screen
(bench/reference/home.html is Chromium's copy). A third subject, the floor, is a bare SDL2
window with the kiosk's OpenGL context cleared to the tile colour (bench/gl_floor.cpp): what
any SDL2 + OpenGL program pays on this machine before drawing anything. For each run:
  first frame  time from spawning the process until the tile's colour is on the X screen,
               read back with XGetImage every 2 ms (what a resident would see);
  idle CPU     CPU time of the whole process tree over IDLE_SECONDS on the home screen,
               as a percentage of one core;
  memory       peak RSS (VmHWM) of the main process, and PSS summed over the process tree
               (fair for Chromium's many processes, which share pages).
Prints one JSON object; bench/run.sh saves it, docs/PERFORMANCE.md reports it.
Usage: compare_with_chromium.py YIZHAN_BINARY GL_FLOOR_BINARY [--runs N] [--idle-seconds S]
"""
import argparse
import ctypes
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TILE_PIXEL = (720, 480)
TILE_RGB = (0x9E, 0x1C, 0x1C)
DISPLAY = ":99"
CLK_TCK = os.sysconf("SC_CLK_TCK")


class Screen:
    """Reads single pixels of the X root window."""

    class XImage(ctypes.Structure):
        _fields_ = [("width", ctypes.c_int), ("height", ctypes.c_int),
                    ("xoffset", ctypes.c_int), ("format", ctypes.c_int)]

    def __init__(self, display):
        self.x = ctypes.CDLL("libX11.so.6")
        self.x.XOpenDisplay.restype = ctypes.c_void_p
        self.x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.x.XDefaultRootWindow.restype = ctypes.c_ulong
        self.x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self.x.XGetImage.restype = ctypes.c_void_p
        self.x.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int,
                                     ctypes.c_uint, ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
        self.x.XGetPixel.restype = ctypes.c_ulong
        self.x.XGetPixel.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int]
        self.x.XDestroyImage.argtypes = [ctypes.c_void_p]
        self.dpy = self.x.XOpenDisplay(display.encode())
        if not self.dpy:
            raise SystemExit(f"cannot open X display {display}")
        self.root = self.x.XDefaultRootWindow(self.dpy)

    def rgb(self, x, y):
        all_planes, z_pixmap = 0xFFFFFFFF, 2
        img = self.x.XGetImage(self.dpy, self.root, x, y, 1, 1, all_planes, z_pixmap)
        if not img:
            return (0, 0, 0)
        p = self.x.XGetPixel(img, 0, 0)
        self.x.XDestroyImage(img)
        return ((p >> 16) & 255, (p >> 8) & 255, p & 255)


def close(a, b, tolerance=6):
    return all(abs(x - y) <= tolerance for x, y in zip(a, b))


def tree(pid):
    """pid and all its descendants."""
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(entry))
            except (OSError, IndexError, ValueError):
                pass
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def cpu_ticks(pids):
    total = 0
    for p in pids:
        try:
            with open(f"/proc/{p}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
        except (OSError, IndexError):
            pass
    return total


def status_kb(pid, key):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return 0


def pss_kb(pids):
    total = 0
    for p in pids:
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total


def stop(proc):
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait()


def measure(name, argv, screen, runs, idle_seconds, env):
    first_frames, idle, hwm, pss = [], [], [], []
    for run in range(runs + 1):  # run 0 warms the page cache and is not counted
        deadline = time.monotonic() + 10
        while close(screen.rgb(*TILE_PIXEL), TILE_RGB) and time.monotonic() < deadline:
            time.sleep(0.05)  # the previous run's window is still going away
        start = time.monotonic()
        proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)
        shown = None
        while time.monotonic() - start < 30:
            if close(screen.rgb(*TILE_PIXEL), TILE_RGB):
                shown = time.monotonic() - start
                break
            if proc.poll() is not None:
                break
            time.sleep(0.002)
        if shown is None:
            stop(proc)
            raise SystemExit(f"{name}: the home screen never appeared ({argv[0]})")
        if run > 0:
            first_frames.append(shown * 1000)
            if run == 1:  # one long idle window per subject keeps the whole run short
                time.sleep(5)  # let start-up work finish
                pids = tree(proc.pid)
                before = cpu_ticks(pids)
                time.sleep(idle_seconds)
                pids = tree(proc.pid)
                idle.append(100.0 * (cpu_ticks(pids) - before) / CLK_TCK / idle_seconds)
                pss.append(pss_kb(pids) / 1024)
            hwm.append(status_kb(proc.pid, "VmHWM") / 1024)
        stop(proc)
        print(f"{name} run {run}: first frame {shown * 1000:.0f} ms", file=sys.stderr)
    return {
        "first_frame_ms_median": round(statistics.median(first_frames), 1),
        "first_frame_ms_all": [round(v, 1) for v in first_frames],
        "idle_cpu_percent_of_core": round(idle[0], 2),
        "peak_rss_main_process_mb_median": round(statistics.median(hwm), 1),
        "pss_process_tree_mb": round(pss[0], 1),
        "processes": len(pids),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("yizhan")
    ap.add_argument("gl_floor")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--idle-seconds", type=float, default=30)
    args = ap.parse_args()
    for tool in ("Xvfb", "chromium"):
        if not shutil.which(tool):
            raise SystemExit(f"{tool} is missing: run tools/install-deps.sh --bench")

    work = tempfile.mkdtemp(prefix="yizhan-compare-")
    xvfb = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1920x1080x24", "-nolisten", "tcp",
                             "-br"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        socket = f"/tmp/.X11-unix/X{DISPLAY[1:]}"
        for _ in range(200):
            if os.path.exists(socket):
                break
            time.sleep(0.05)
        screen = Screen(DISPLAY)
        env = dict(os.environ, DISPLAY=DISPLAY, TZ="Asia/Shanghai")
        env.pop("WAYLAND_DISPLAY", None)
        yizhan = [os.path.abspath(args.yizhan), "--data-dir", os.path.join(work, "data"), "kiosk"]
        chromium = ["chromium", "--kiosk", "--no-sandbox", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--noerrdialogs", "--disable-features=Translate",
                    "--window-position=0,0", "--window-size=1920,1080",
                    f"--user-data-dir={os.path.join(work, 'chromium')}",
                    "file://" + os.path.join(HERE, "reference", "home.html")]
        result = {
            "display": "Xvfb 1920x1080x24, Mesa llvmpipe",
            "runs": args.runs,
            "idle_seconds": args.idle_seconds,
            "sdl_gl_floor": measure("floor", [os.path.abspath(args.gl_floor)], screen, args.runs,
                                    args.idle_seconds, env),
            "yizhan": measure("yizhan", yizhan, screen, args.runs, args.idle_seconds, env),
            "chromium": measure("chromium", chromium, screen, args.runs, args.idle_seconds, env),
        }
        y, c, f = result["yizhan"], result["chromium"], result["sdl_gl_floor"]
        result["yizhan_above_floor"] = {
            "first_frame_ms": round(y["first_frame_ms_median"] - f["first_frame_ms_median"], 1),
            "peak_rss_mb": round(y["peak_rss_main_process_mb_median"] -
                                 f["peak_rss_main_process_mb_median"], 1),
        }
        result["ratio_to_chromium"] = {
            "first_frame": round(y["first_frame_ms_median"] / c["first_frame_ms_median"], 3),
            "idle_cpu": round(y["idle_cpu_percent_of_core"] /
                              max(c["idle_cpu_percent_of_core"], 1e-9), 3),
            "pss": round(y["pss_process_tree_mb"] / c["pss_process_tree_mb"], 3),
        }
        print(json.dumps(result, indent=2, ensure_ascii=False))
    finally:
        stop(xvfb)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
