#!/usr/bin/env python3
"""Drives the interactive report in headless Chromium (Selenium): search, year slider, node and edge clicks,
colour schemes, table sorting and filtering, phone width, and a hostile data set.

Usage: python3 Tests/PartnerReportTests/Browser/test_report.py [--partnet PATH] [--shots DIR]
Expected values come from the network file itself (read with PyYAML), never from the page's own data.
Exits non-zero when any check fails.
"""
import argparse
import datetime
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

import yaml
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
RABAT = os.path.join(ROOT, "graphs", "rabat-process.yaml")
OPTIONS = {"partnet": os.path.join(ROOT, ".build", "debug", "partnet"), "shots": os.path.join(ROOT, "out")}
ROLES = ["hosts", "coChairs", "attends", "organises"]


def year_of(value):
    """The year of a YAML date (PyYAML reads 2019-11-05 as a date, 2019 as an int)."""
    if value is None:
        return None
    if isinstance(value, (datetime.date, int)):
        return value.year if isinstance(value, datetime.date) else value
    return int(str(value)[:4])


def members(meeting, role):
    """Actor ids in a role list (plain ids or {id, source})."""
    return [entry["id"] if isinstance(entry, dict) else entry for entry in meeting.get(role) or []]


def write_report(source, output, *extra):
    run = subprocess.run([OPTIONS["partnet"], "report", source, "-o", output, *extra], capture_output=True, text=True)
    if run.returncode != 0:
        raise AssertionError(f"partnet report failed: {run.stderr}")


def browser(width, height):
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                     f"--window-size={width},{height}", "--force-device-scale-factor=1"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = webdriver.ChromeService(executable_path="/usr/bin/chromedriver") if os.path.exists("/usr/bin/chromedriver") else None
    driver = webdriver.Chrome(options=options, service=service) if service else webdriver.Chrome(options=options)
    driver.set_window_size(width, height)
    return driver


def open_page(driver, path):
    driver.get("file://" + path)
    WebDriverWait(driver, 20).until(lambda d: d.execute_script("return document.documentElement.getAttribute('data-ready')") == "true")


def severe_logs(driver):
    return [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


class RabatReport(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with open(RABAT, encoding="utf-8") as handle:
            cls.data = yaml.safe_load(handle)
        cls.directory = tempfile.mkdtemp(prefix="report-browser-")
        cls.addClassCleanup(shutil.rmtree, cls.directory, True)
        cls.path = os.path.join(cls.directory, "rabat-process-report.html")
        write_report(RABAT, cls.path)
        cls.driver = browser(1280, 900)
        open_page(cls.driver, cls.path)

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()

    def setUp(self):
        open_page(self.driver, self.path)

    def node_index(self, identifier):
        """The network index of an id: actors first, then meetings, as the file lists them."""
        ids = [actor["id"] for actor in self.data["actors"]] + [meeting["id"] for meeting in self.data["meetings"]]
        return ids.index(identifier)

    def test_no_script_errors_and_every_node_drawn(self):
        self.assertEqual(severe_logs(self.driver), [])
        drawn = self.driver.find_elements(By.CSS_SELECTOR, "#diagram-view g[data-node]")
        self.assertEqual(len(drawn), len(self.data["actors"]) + len(self.data["meetings"]))

    def test_search_marks_and_lists_matches(self):
        search = self.driver.find_element(By.ID, "search")
        search.send_keys("nigeria")
        results = [button.text for button in self.driver.find_elements(By.CSS_SELECTOR, "#search-results button")]
        self.assertIn("Nigeria", results)
        index = self.node_index("NGA")
        node = self.driver.find_element(By.CSS_SELECTOR, f'#diagram-view g[data-node="{index}"]')
        self.assertIn("match", node.get_attribute("class"))
        self.assertIn("match", self.driver.find_element(By.ID, "search-status").text)
        # Accents do not matter: "cote" finds Côte d'Ivoire.
        search.clear()
        search.send_keys("cote d")
        results = [button.text for button in self.driver.find_elements(By.CSS_SELECTOR, "#search-results button")]
        self.assertIn("Côte d'Ivoire", results)
        # Enter selects the first match and shows it in the details panel.
        search.send_keys(Keys.ENTER)
        self.assertIn("Côte d'Ivoire", self.driver.find_element(By.ID, "details").text)

    def test_year_slider_shows_the_network_as_it_was(self):
        years = sorted({year_of(m.get("start")) for m in self.data["meetings"] if m.get("start") is not None})
        slider = self.driver.find_element(By.ID, "year")
        slider.click()
        slider.send_keys(Keys.HOME)
        first = years[0]
        self.assertEqual(self.driver.find_element(By.ID, "year-label").text, str(first))
        self.assertEqual(Select(self.driver.find_element(By.ID, "year-mode")).first_selected_option.get_attribute("value"), "upto")
        visible_meetings = [m["id"] for m in self.data["meetings"]
                            if m.get("start") is None or year_of(m["start"]) <= first]
        shown = {int(g.get_attribute("data-node")) for g in self.driver.find_elements(By.CSS_SELECTOR, "#diagram-view g[data-node]:not(.faded)")}
        meeting_indices = {self.node_index(m) for m in visible_meetings}
        all_meetings = {self.node_index(m["id"]) for m in self.data["meetings"]}
        self.assertEqual(shown & all_meetings, meeting_indices)
        status = self.driver.find_element(By.ID, "year-status").text
        self.assertIn(f"Up to {first}: {len(visible_meetings)} of {len(self.data['meetings'])} meetings", status)
        in_first = sum(1 for m in self.data["meetings"] if m.get("start") is not None and year_of(m["start"]) == first)
        self.assertIn(f"{first} itself: {in_first} meeting", status)
        # One step right: the next year, more meetings.
        slider.send_keys(Keys.ARROW_RIGHT)
        self.assertEqual(self.driver.find_element(By.ID, "year-label").text, str(first + 1))
        # "That year only" hides the earlier meetings.
        Select(self.driver.find_element(By.ID, "year-mode")).select_by_value("only")
        shown = {int(g.get_attribute("data-node")) for g in self.driver.find_elements(By.CSS_SELECTOR, "#diagram-view g[data-node]:not(.faded)")}
        only = {self.node_index(m["id"]) for m in self.data["meetings"] if m.get("start") is not None and year_of(m["start"]) == first + 1}
        self.assertEqual(shown & all_meetings, only)
        # The actors shown and the year's active actors agree, or the status says what the difference is.
        status = self.driver.find_element(By.ID, "year-status").text
        shown_actors = int(re.search(r"(\d+) of \d+ actors? shown", status).group(1))
        active_match = re.search(r"(\d+) active actors? \(in that year's meetings\)", status)
        self.assertIsNotNone(active_match, status)
        active = int(active_match.group(1))
        split = re.search(r"\((\d+) in these meetings, (\d+) through ties or with no link\)", status)
        if split:
            self.assertEqual(int(split.group(1)), active, status)
            self.assertEqual(int(split.group(1)) + int(split.group(2)), shown_actors, status)
        else:
            self.assertEqual(shown_actors, active, status)

    def test_clicking_a_node_shows_its_facts_and_sources(self):
        nga = "NGA"
        index = self.node_index(nga)
        node = self.driver.find_element(By.CSS_SELECTOR, f'#diagram-view g[data-node="{index}"]')
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", node)
        node.click()
        details = self.driver.find_element(By.ID, "details").text
        meetings = {m["id"] for m in self.data["meetings"] if any(nga in members(m, role) for role in ROLES)}
        hosted = sum(1 for m in self.data["meetings"] if nga in members(m, "hosts"))
        self.assertIn("Nigeria", details)
        self.assertIn(f"meetings\n{len(meetings)}", details)
        self.assertIn(f"hosted\n{hosted}", details)
        self.assertIn("selected", node.get_attribute("class"))
        # The source sentence of a meeting it hosted is there.
        hosted_meeting = next(m for m in self.data["meetings"] if nga in members(m, "hosts"))
        self.assertIn(hosted_meeting["title"], details)

    def test_clicking_an_edge_shows_its_source(self):
        edge = self.driver.find_element(By.CSS_SELECTOR, "#diagram-view g[data-edge] path.hit")
        self.driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", edge)
        details = self.driver.find_element(By.ID, "details").text
        self.assertIn("Source", details)
        self.assertTrue("participation in a meeting" in details or "tie between actors" in details)

    def test_a_real_click_on_a_line_selects_it(self):
        view = self.driver.find_element(By.ID, "diagram-view")
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", view)
        # The screen point halfway along each line, and which drawing element the browser finds there.
        points = self.driver.execute_script("""
            return Array.from(document.querySelectorAll('#diagram-view g[data-edge]')).map(function (g) {
              var path = g.querySelector('path.hit'), length = path.getTotalLength();
              var point = path.getPointAtLength(length / 2).matrixTransform(path.getScreenCTM());
              var hit = document.elementFromPoint(point.x, point.y);
              var owner = hit && hit.closest('g[data-edge], g[data-node]');
              return {edge: g.getAttribute('data-edge'), x: point.x, y: point.y,
                      found: owner ? (owner.getAttribute('data-edge') !== null ? 'e' + owner.getAttribute('data-edge') : 'n') : null};
            });""")
        own = [p for p in points if p["found"] == "e" + p["edge"]]
        self.assertGreater(len(own), len(points) // 2, "most lines can be hit halfway along")
        target = own[0]
        rect = self.driver.execute_script("var r = arguments[0].getBoundingClientRect(); return [r.left, r.top, r.width, r.height]", view)
        from selenium.webdriver.common.action_chains import ActionChains
        ActionChains(self.driver).move_to_element_with_offset(
            view, int(target["x"] - rect[0] - rect[2] / 2), int(target["y"] - rect[1] - rect[3] / 2)).click().perform()
        edge = self.driver.find_element(By.CSS_SELECTOR, f'#diagram-view g[data-edge="{target["edge"]}"]')
        self.assertIn("selected", edge.get_attribute("class"))
        self.assertIn("Source", self.driver.find_element(By.ID, "details").text)

    def test_colour_by_group_recolours_and_relabels_the_legend(self):
        index = self.node_index("NGA")
        fill = "return getComputedStyle(document.querySelector('#diagram-view g[data-node=\"%d\"]').shapes[0]).fill" % index
        before = self.driver.execute_script(fill)
        Select(self.driver.find_element(By.ID, "color-by")).select_by_visible_text("region")
        self.assertIn("Colour: region", self.driver.find_element(By.ID, "legend").text)
        regions = sorted({a["region"] for a in self.data["actors"] if a.get("region")})
        for region in regions:
            self.assertIn(region, self.driver.find_element(By.ID, "legend").text)
        Select(self.driver.find_element(By.ID, "color-by")).select_by_visible_text("group")
        self.assertIn("group 1", self.driver.find_element(By.ID, "legend").text)
        self.assertNotEqual(before, self.driver.execute_script(fill))

    def test_tables_sort_and_filter(self):
        table = self.driver.find_element(By.ID, "actors-table")
        headers = table.find_elements(By.CSS_SELECTOR, "thead th button")
        hosted_column = [h.text for h in headers].index("Hosted")
        headers[hosted_column].click()
        first = table.find_element(By.CSS_SELECTOR, "tbody tr").find_elements(By.TAG_NAME, "td")
        counts = {}
        for meeting in self.data["meetings"]:
            for actor in set(members(meeting, "hosts")):
                counts[actor] = counts.get(actor, 0) + 1
        self.assertEqual(int(first[hosted_column].text), max(counts.values()))
        self.assertEqual(headers[hosted_column].find_element(By.XPATH, "..").get_attribute("aria-sort"), "descending")
        box = self.driver.find_element(By.ID, "actors-filter")
        box.send_keys("Africa")
        rows = [row for row in table.find_elements(By.CSS_SELECTOR, "tbody tr") if row.is_displayed()]
        africa = [a for a in self.data["actors"] if a.get("region") == "Africa"]
        self.assertGreaterEqual(len(rows), len(africa))
        self.assertTrue(all("Africa" in row.text for row in rows))

    def test_timeline_lists_every_meeting_and_selects_it(self):
        buttons = self.driver.find_elements(By.CSS_SELECTOR, "#timeline button.meeting")
        self.assertEqual(len(buttons), len(self.data["meetings"]))
        self.driver.execute_script("arguments[0].click()", buttons[0])
        self.assertTrue(self.driver.find_element(By.ID, "details").text.strip())

    def test_keyboard_reaches_the_controls(self):
        body = self.driver.find_element(By.TAG_NAME, "body")
        reached = set()
        for _ in range(40):
            body = self.driver.switch_to.active_element
            body.send_keys(Keys.TAB)
            reached.add(self.driver.switch_to.active_element.get_attribute("id"))
        for control in ["search", "color-by", "year", "year-mode", "zoom-in", "diagram-view"]:
            self.assertIn(control, reached)

    def test_zoom_changes_the_view(self):
        svg = "return document.querySelector('#diagram-view svg').getAttribute('viewBox')"
        before = self.driver.execute_script(svg)
        self.driver.find_element(By.ID, "zoom-in").click()
        after = self.driver.execute_script(svg)
        self.assertLess(float(after.split()[2]), float(before.split()[2]))
        self.driver.find_element(By.ID, "zoom-fit").click()
        self.assertEqual([float(v) for v in self.driver.execute_script(svg).split()], [float(v) for v in before.split()])

    def test_screenshots_and_phone_width(self):
        os.makedirs(OPTIONS["shots"], exist_ok=True)
        self.driver.set_window_size(1280, 900)
        open_page(self.driver, self.path)
        height = self.driver.execute_script("return document.documentElement.scrollHeight")
        self.driver.set_window_size(1280, min(height, 6000))
        self.driver.save_screenshot(os.path.join(OPTIONS["shots"], "report-1280.png"))
        phone = browser(390, 844)
        try:
            open_page(phone, self.path)
            width = phone.execute_script("return document.documentElement.scrollWidth")
            viewport = phone.execute_script("return document.documentElement.clientWidth")
            self.assertLessEqual(width, viewport, "the page is wider than a phone")
            self.assertEqual(severe_logs(phone), [])
            phone.find_element(By.ID, "search").send_keys("Senegal")
            height = phone.execute_script("return document.documentElement.scrollHeight")
            phone.set_window_size(390, min(height, 9000))
            phone.save_screenshot(os.path.join(OPTIONS["shots"], "report-390.png"))
            self.assertLessEqual(phone.execute_script("return document.documentElement.scrollWidth"), 390)
        finally:
            phone.quit()
        self.driver.set_window_size(1280, 900)


def drawn_edges(data):
    """The drawing's lines from the network file: every role of every meeting, and every tie."""
    lines = []
    for meeting in data["meetings"]:
        for role in ROLES:
            lines += [(actor, meeting["id"]) for actor in members(meeting, role)]
    lines += [(tie["from"], tie["to"]) for tie in data.get("ties") or []]
    return lines


def within(data, sources, steps):
    """Ids within `steps` lines of `sources`, breadth-first over the drawing's lines."""
    neighbours = {}
    for a, b in drawn_edges(data):
        neighbours.setdefault(a, set()).add(b)
        neighbours.setdefault(b, set()).add(a)
    reached, frontier = set(sources), set(sources)
    for _ in range(steps):
        frontier = {n for f in frontier for n in neighbours.get(f, ())} - reached
        reached |= frontier
    return reached


def span_text(tie):
    """What the page must say of a tie's dates: "S to E", "from S", "until E" (DateSpan's words)."""
    start, end = tie.get("start"), tie.get("end")
    start, end = (None if v is None else str(v) for v in (start, end))
    if start and end:
        return start if start == end else f"{start} to {end}"
    return f"from {start}" if start else f"until {end}"


def cooccurrence_meetings(source):
    """`partnet cooccurrence FILE --meetings` as {(a, b): {meeting ids}}."""
    run = subprocess.run([OPTIONS["partnet"], "cooccurrence", source, "--meetings", "--format", "csv"],
                         capture_output=True, text=True, check=True)
    import csv
    import io
    return {(row["a"], row["b"]): set(row["meetings"].split(";")) for row in csv.DictReader(io.StringIO(run.stdout))}


class PageAtWidth:
    """A report page opened afresh before each test in one browser at one screen width; setUpClass writes
    `cls.path` and opens `cls.driver`."""
    WIDTH, HEIGHT = 1280, 900

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()

    def setUp(self):
        self.driver.get("about:blank")
        open_page(self.driver, self.path)

    def js(self, script, *arguments):
        return self.driver.execute_script(script, *arguments)

    @classmethod
    def report_of(cls, source):
        """Reads the network file `source` (cls.data, cls.ids: actors then meetings), writes its report (cls.path)
        and opens a browser at the class's width."""
        with open(source, encoding="utf-8") as handle:
            cls.data = yaml.safe_load(handle)
        cls.ids = [actor["id"] for actor in cls.data["actors"]] + [meeting["id"] for meeting in cls.data["meetings"]]
        cls.directory = tempfile.mkdtemp(prefix="report-page-")
        cls.addClassCleanup(shutil.rmtree, cls.directory, True)
        cls.path = os.path.join(cls.directory, os.path.splitext(os.path.basename(source))[0] + "-report.html")
        write_report(source, cls.path)
        cls.driver = browser(cls.WIDTH, cls.HEIGHT)


class SvgFitLabels:
    """Labels at Fit on Graphviz's SVG drawing (`cls.ids` names the nodes): none over another label or another node's
    shape, none cut by the frame, and every node whose label had room has one; every shape whole at Fit. Zoomed in, a
    shape at the frame's edge is the view panned over the drawing (Graphviz's own labels lie inside their shapes), but
    the labels the page adds are still whole inside the frame."""

    def lines(self, key):
        """A node's lines in the drawing, from the network file."""
        if not hasattr(self, "degree"):
            self.degree = {}
            for a, b in drawn_edges(self.data):
                self.degree[a] = self.degree.get(a, 0) + 1
                self.degree[b] = self.degree.get(b, 0) + 1
        return self.degree.get(self.ids[key], 0)

    def svg_seen(self):
        self.driver.execute_async_script(NEXT_FRAME)
        return self.js(SVG_LABELS_SEEN)

    def test_fit_labels_crowd_none_out_and_cover_no_shape(self):
        self.driver.find_element(By.ID, "zoom-fit").click()
        seen = self.svg_seen()
        self.assertEqual(len(seen["shapes"]), len(self.ids))
        self.assertEqual(outside(seen["shapes"], seen["width"], seen["height"]), [], "a shape cut by the frame at Fit")
        if seen["readable"]:
            self.assertEqual(seen["labels"], [], "labels added over Graphviz's readable ones")
            return
        self.assertTrue(seen["labels"], "no label at Fit")
        self.assertEqual(label_problems(seen, lambda key: self.ids[key], self.lines), [])
        self.assertIsNotNone(seen["sizes"], "the page does not say which labels it measured (no room checked)")
        self.shot_labels("fit")

    def test_zoomed_in_labels_stay_whole_while_shapes_pan_past_the_frame(self):
        self.driver.find_element(By.ID, "zoom-fit").click()
        for _ in range(2):
            self.driver.find_element(By.ID, "zoom-in").click()
        seen = self.svg_seen()
        self.assertTrue(outside(seen["shapes"], seen["width"], seen["height"]), "zoomed in, every shape still whole (the test zooms too little)")
        if not seen["readable"]:
            self.assertTrue(seen["labels"], "no label zoomed in")
            self.assertEqual(label_problems(dict(seen, sizes=None), lambda key: self.ids[key], self.lines), [])

    def shot_labels(self, name):
        self.js("document.getElementById('diagram-view').scrollIntoView({block: 'end'})")
        os.makedirs(OPTIONS["shots"], exist_ok=True)
        self.driver.save_screenshot(os.path.join(OPTIONS["shots"], f"{self.SHOTS}-{self.WIDTH}-labels-{name}.png"))


class Instrument(SvgFitLabels, PageAtWidth):
    """The report as an instrument, at one screen width (the subclasses run it at 1280 and 390 px)."""
    SHOTS = "rabat"

    @classmethod
    def setUpClass(cls):
        cls.report_of(RABAT)

    def select(self, identifier):
        search = self.driver.find_element(By.ID, "search")
        self.js("arguments[0].scrollIntoView({block: 'center'})", search)
        search.clear()
        search.send_keys(identifier, Keys.ENTER)

    def shown_ids(self):
        shown = self.js("return Array.from(document.querySelectorAll('#diagram-view g[data-node]:not(.faded)')).map(g => +g.getAttribute('data-node'))")
        return {self.ids[index] for index in shown}

    def details_on_screen(self):
        top, bottom, height = self.js("var r = document.getElementById('details').getBoundingClientRect(); return [r.top, r.bottom, innerHeight]")
        return top < height - 80 and bottom > 80

    def wait_for_fragment(self, *parts):
        WebDriverWait(self.driver, 5).until(lambda d: all(part in d.execute_script("return location.hash") for part in parts))

    # 1. Small screens.
    def test_a_selection_shows_its_details_on_screen(self):
        self.select("Nigeria")
        self.assertIn("Nigeria", self.driver.find_element(By.ID, "details").text)
        self.assertTrue(self.details_on_screen(), "the details panel is off screen after a selection")
        sheet = "sheet" in self.driver.find_element(By.ID, "details").get_attribute("class")
        self.assertEqual(sheet, self.WIDTH < 900, "a bottom sheet on a phone only")
        if sheet:
            self.driver.find_element(By.CSS_SELECTOR, "#details .close").click()
            self.assertNotIn("sheet", self.driver.find_element(By.ID, "details").get_attribute("class"))

    def test_tables_keep_their_first_column_and_scroll_inside(self):
        table = self.driver.find_element(By.ID, "actors-table")
        header = next(b for b in table.find_elements(By.CSS_SELECTOR, "thead th button") if b.text == "Partners")
        self.js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", header)
        self.js("arguments[0].click()", header)
        box = self.js("var r = arguments[0].closest('.scroll').getBoundingClientRect(); return [r.left, r.right]", table)
        sorted_header = self.js("var r = arguments[0].getBoundingClientRect(); return [r.left, r.right]", header)
        self.assertGreaterEqual(sorted_header[0], box[0] - 1)
        self.assertLessEqual(sorted_header[1], box[1] + 1, "the sorted column is in sight")
        # The first cell stays at the box's left edge however far the table scrolls.
        self.js("var s = arguments[0].closest('.scroll'); s.scrollLeft = s.scrollWidth", table)
        first = self.js("var r = arguments[0].tBodies[0].rows[0].cells[0].getBoundingClientRect(); return [r.left, r.right]", table)
        self.assertAlmostEqual(first[0], box[0] + 1, delta=2)
        partners = {}
        for a, b in ((a, b) for pair in cooccurrence_meetings(RABAT) for a, b in [pair]):
            partners[a] = partners.get(a, 0) + 1
            partners[b] = partners.get(b, 0) + 1
        top_row = table.find_element(By.CSS_SELECTOR, "tbody tr")
        column = [b.text for b in table.find_elements(By.CSS_SELECTOR, "thead th button")].index("Partners")
        self.assertEqual(int(self.js("return arguments[0].cells[arguments[1]].textContent", top_row, column)), max(partners.values()))
        self.assertLessEqual(self.js("return document.documentElement.scrollWidth"), self.WIDTH)

    def test_controls_are_thumb_sized_and_on_screen(self):
        for control in ["search", "color-by", "focus", "year", "year-mode", "layout", "zoom-in", "zoom-out", "zoom-fit", "share"]:
            element = self.driver.find_element(By.ID, control)
            left, right, height = self.js("var r = arguments[0].getBoundingClientRect(); return [r.left, r.right, r.height]", element)
            self.assertGreaterEqual(left, 0, control)
            self.assertLessEqual(right, self.WIDTH, control)
            if self.WIDTH < 900:
                self.assertGreaterEqual(height, 44, f"{control} is {height}px high")

    def test_the_drawing_follows_the_controls_with_no_empty_band(self):
        # The status lines under the controls take room only when they say something.
        for status in self.driver.find_elements(By.CSS_SELECTOR, "#explore .status"):
            if not status.text:
                self.assertEqual(self.js("return arguments[0].getBoundingClientRect().height", status), 0, status.get_attribute("id"))
        above, drawing = self.js("""var shown = Array.from(document.querySelectorAll('#explore .controls, #explore .status, #search-results'))
            .filter(function (e) { return e.getBoundingClientRect().height > 0; });
            return [Math.max.apply(null, shown.map(function (e) { return e.getBoundingClientRect().bottom; })),
                    document.querySelector('#explore .explore').getBoundingClientRect().top]""")
        self.assertGreaterEqual(drawing, above)
        self.assertLess(drawing - above, 32, f"{drawing - above:.0f} px of empty band above the drawing")

    # 2. Readable at every zoom.
    def label_boxes(self):
        return self.js("""return Array.from(document.querySelectorAll('#diagram-view g.lod-labels text')).map(function (t) {
            var r = t.getBoundingClientRect(); return {node: +t.getAttribute('data-label'), near: t.classList.contains('near'),
            left: r.left, right: r.right, top: r.top, bottom: r.bottom}; })""")

    def test_labels_by_level_of_detail(self):
        self.driver.find_element(By.ID, "zoom-fit").click()
        # The labels are placed on the next animation frame: measure after it, not the previous view's.
        self.js("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r())))")
        labels = self.label_boxes()
        self.assertTrue(labels, "no label at Fit")
        frame = self.js("var r = document.querySelector('#diagram-view svg').getBoundingClientRect(); return {left: r.left, top: r.top, width: r.width, height: r.height}")
        placed = [dict(b, left=b["left"] - frame["left"], right=b["right"] - frame["left"], top=b["top"] - frame["top"], bottom=b["bottom"] - frame["top"]) for b in labels]
        self.assertEqual(outside(placed, frame["width"], frame["height"]), [], "a label cut by the drawing's frame at Fit")
        for a in range(len(labels)):
            self.assertGreaterEqual(labels[a]["bottom"] - labels[a]["top"], 11, "a label is too small to read")
            for b in range(a + 1, len(labels)):
                x, y = labels[a], labels[b]
                overlap = x["left"] < y["right"] - 1 and y["left"] < x["right"] - 1 and x["top"] < y["bottom"] - 1 and y["top"] < x["bottom"] - 1
                self.assertFalse(overlap, f"labels of {self.ids[x['node']]} and {self.ids[y['node']]} overlap")
        degree = {}
        for a, b in drawn_edges(self.data):
            degree[a] = degree.get(a, 0) + 1
            degree[b] = degree.get(b, 0) + 1
        busiest = max(degree, key=degree.get)
        self.assertIn(busiest, {self.ids[label["node"]] for label in labels}, "the node with the most lines has no label at Fit")
        at_fit = {label["node"] for label in labels}
        for _ in range(3):
            self.js("document.getElementById('zoom-in').click()")
        self.js("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r())))")
        # Zoomed in, either Graphviz's own labels are readable (and shown) or labels Fit left out appear.
        if self.js("return document.querySelector('#diagram-view svg').classList.contains('small-text')"):
            if len(at_fit) < len(self.ids):
                self.assertTrue({label["node"] for label in self.label_boxes()} - at_fit, "zooming in shows no more labels")
        else:
            size = self.js("return document.querySelector('#diagram-view g[data-node] text').getBoundingClientRect().height")
            self.assertGreaterEqual(size, 11)

    def test_neighbour_labels_on_hover_and_selection(self):
        self.driver.find_element(By.ID, "zoom-fit").click()
        index = self.ids.index("RABAT") if "RABAT" in self.ids else 0
        self.js("""var g = document.querySelector('#diagram-view g[data-node="' + arguments[0] + '"]'), r = g.getBoundingClientRect();
                   g.querySelector('ellipse, polygon, path').dispatchEvent(new PointerEvent('pointermove', {bubbles: true, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2}));""", index)
        self.js("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r())))")
        near = {self.ids[label["node"]] for label in self.label_boxes() if label["near"]}
        neighbours = within(self.data, {self.ids[index]}, 1)
        self.assertIn(self.ids[index], near)
        self.assertGreater(len(near), 1, "no neighbour labelled on hover")
        self.assertLessEqual(near, neighbours)

    def test_legend_groups_lines_by_family_with_distinct_styles(self):
        legend = self.driver.find_element(By.ID, "legend")
        headings = [h.text for h in legend.find_elements(By.TAG_NAME, "h3")]
        self.assertIn("Lines: taking part in meetings", headings)
        self.assertIn("Lines: ties between actors", headings)
        styles = self.js("""return Array.from(document.querySelectorAll('#legend line')).map(l =>
            [l.getAttribute('stroke'), l.getAttribute('stroke-width'), l.getAttribute('stroke-dasharray')].join('|'))""")
        self.assertEqual(len(styles), len(set(styles)), "two relations look alike in the legend")
        relations = {role for meeting in self.data["meetings"] for role in ROLES if meeting.get(role)}
        relations |= {tie["relation"] for tie in self.data.get("ties") or []}
        self.assertEqual(len(styles), len(relations))

    # 3. Focus and provenance.
    def test_ego_and_k_step_neighbourhoods(self):
        self.select("Nigeria")
        for steps in (1, 2, 3):
            Select(self.driver.find_element(By.ID, "focus")).select_by_value(str(steps))
            self.assertEqual(self.shown_ids(), within(self.data, {"NGA"}, steps), f"{steps} steps")
            self.assertIn(f"within {steps} step", self.driver.find_element(By.ID, "focus-status").text)
        Select(self.driver.find_element(By.ID, "focus")).select_by_value("0")
        self.assertEqual(self.shown_ids(), set(self.ids))

    def test_tables_list_every_actor_and_pair_of_the_file(self):
        """The script builds the actors' and pairs' rows from the page's data: every actor with its meetings, every
        pair the tool lists with its shared meetings named by city (or title) and year, as the file gives them."""
        ids = [actor["id"] for actor in self.data["actors"]]
        meetings_of = {identifier: set() for identifier in ids}
        for meeting in self.data["meetings"]:
            for role in ROLES:
                for actor in members(meeting, role):
                    meetings_of[actor].add(meeting["id"])
        rows = self.js("return Array.from(document.querySelectorAll('#actors-table tbody tr')).map(r => "
                       "[r.querySelector('span.muted').textContent, r.cells[4].textContent, r.cells[4].getAttribute('data-value')])")
        self.assertEqual(sorted(row[0] for row in rows), sorted(ids))
        for identifier, text, value in rows:
            self.assertEqual((text, value), (str(len(meetings_of[identifier])), str(len(meetings_of[identifier]))), identifier)
        tool = cooccurrence_meetings(RABAT)
        by_id = {m["id"]: m for m in self.data["meetings"]}
        def short(meeting):
            place = meeting.get("city", meeting.get("title", meeting["id"]))
            return f"{place} {year_of(meeting['start'])}" if meeting.get("start") else place
        pairs = self.js("return Array.from(document.querySelectorAll('#pairs-table tbody tr:not([data-extra])')).map(r => "
                        "[r.querySelector('button[data-pair]').getAttribute('data-pair'), r.cells[2].textContent, "
                        "r.querySelector('button[data-pair]').textContent])")
        self.assertEqual(len(pairs), len(tool))
        for pair, shared, named in pairs:
            a, b = (self.ids[int(v)] for v in pair.split(","))
            expected = tool.get((a, b)) or tool.get((b, a))
            self.assertEqual(int(shared), len(expected), f"{a} and {b}")
            self.assertEqual(sorted(named.split("; ")), sorted(short(by_id[m]) for m in expected), f"{a} and {b}")

    def test_a_pair_lists_the_meetings_the_tool_lists(self):
        tool = cooccurrence_meetings(RABAT)
        (a, b), meetings = max(tool.items(), key=lambda item: (len(item[1]), item[0]))
        button = self.driver.find_element(By.CSS_SELECTOR, f'#pairs-table button[data-pair="{self.ids.index(a)},{self.ids.index(b)}"]')
        self.js("arguments[0].scrollIntoView({block: 'center'})", button)
        self.js("arguments[0].click()", button)
        listed = {li.get_attribute("data-meeting") for li in self.driver.find_elements(By.CSS_SELECTOR, "#details li[data-meeting]")}
        self.assertEqual(listed, meetings)
        self.assertTrue(self.details_on_screen())
        by_id = {m["id"]: m for m in self.data["meetings"]}
        text = self.driver.find_element(By.ID, "details").text
        for meeting in meetings:
            m = by_id[meeting]
            for role in ROLES:
                for entry in m.get(role) or []:
                    if isinstance(entry, dict) and entry["id"] in (a, b) and entry.get("source"):
                        self.assertIn(entry["source"], text)
            if m.get("start"):
                self.assertIn(str(m["start"]), text)

    def test_heat_map_counts_from_the_file_on_one_colour_scale(self):
        """The script draws the heat map from the page's data: the diagonal is each actor's meetings in the file, a
        pair's cell their shared meetings, and one count always has one colour, darker as the count grows."""
        meetings_of = {actor["id"]: set() for actor in self.data["actors"]}
        for meeting in self.data["meetings"]:
            for role in ROLES:
                for actor in members(meeting, role):
                    meetings_of[actor].add(meeting["id"])
        rows = self.js("return Array.from(document.querySelectorAll('table.heat tbody tr')).map(r => "
                       "[r.querySelector('th .muted').textContent, Array.from(r.cells).slice(1).map(c => "
                       "[c.textContent, getComputedStyle(c).backgroundColor, c.className])])")
        ids = [identifier for identifier, _ in rows]
        self.assertGreater(len(ids), 1)
        self.assertEqual(self.js("return Array.from(document.querySelectorAll('table.heat thead th div')).map(d => d.textContent)"), ids)
        colours = {}
        for i, (a, cells) in enumerate(rows):
            self.assertEqual(len(cells), len(ids))
            for j, (text, colour, classes) in enumerate(cells):
                count = len(meetings_of[a]) if i == j else len(meetings_of[a] & meetings_of[ids[j]])
                self.assertEqual(text, str(count) if count else "", f"{a} and {ids[j]}")
                self.assertEqual(classes, "self" if i == j else ("opens" if count else ""))
                colours.setdefault(count, set()).add(colour)
        self.assertTrue(all(len(shades) == 1 for shades in colours.values()), colours)
        darkness = [sum(int(v) for v in re.findall(r"\d+", next(iter(colours[count])))[:3]) for count in sorted(colours)]
        self.assertEqual(darkness, sorted(darkness, reverse=True))
        self.assertEqual(len(set(darkness)), len(darkness))

    def test_every_heat_map_cell_lists_the_meetings_the_tool_lists(self):
        tool = cooccurrence_meetings(RABAT)
        cells = self.driver.find_elements(By.CSS_SELECTOR, "table.heat td[data-pair]")
        self.assertTrue(cells)
        for cell in cells:
            a, b = (self.ids[int(v)] for v in cell.get_attribute("data-pair").split(","))
            expected = tool.get((a, b)) or tool.get((b, a))
            self.js("arguments[0].click()", cell)
            listed = {li.get_attribute("data-meeting") for li in self.driver.find_elements(By.CSS_SELECTOR, "#details li[data-meeting]")}
            self.assertEqual(listed, expected, f"{a} and {b}")
            self.assertEqual(int(cell.text), len(expected))

    # 4. Share.
    def test_the_view_survives_a_reload(self):
        self.select("Nigeria")
        Select(self.driver.find_element(By.ID, "color-by")).select_by_visible_text("region")
        Select(self.driver.find_element(By.ID, "focus")).select_by_value("2")
        Select(self.driver.find_element(By.ID, "year-mode")).select_by_value("upto")
        self.js("var s = document.getElementById('year'); s.value = +s.min + 1; s.dispatchEvent(new Event('input'))")
        self.js("document.getElementById('zoom-in').click()")
        view_box = self.js("return document.querySelector('#diagram-view svg').getAttribute('viewBox')")
        year = self.js("return document.getElementById('year').value")
        self.wait_for_fragment("node=NGA", "colour=region", "steps=2", f"year={year}", "years=upto", "zoom=")
        shown = self.shown_ids()
        self.driver.refresh()
        WebDriverWait(self.driver, 20).until(lambda d: d.execute_script("return document.documentElement.getAttribute('data-ready')") == "true")
        self.assertIn("Nigeria", self.driver.find_element(By.ID, "details").text)
        node = self.driver.find_element(By.CSS_SELECTOR, f'#diagram-view g[data-node="{self.ids.index("NGA")}"]')
        self.assertIn("selected", node.get_attribute("class"))
        self.assertEqual(Select(self.driver.find_element(By.ID, "color-by")).first_selected_option.text, "region")
        self.assertEqual(self.js("return document.getElementById('focus').value"), "2")
        self.assertEqual(self.js("return document.getElementById('year').value"), year)
        self.assertEqual(self.driver.find_element(By.ID, "year-label").text, year)
        self.assertEqual(self.shown_ids(), shown)
        restored = self.js("return document.querySelector('#diagram-view svg').getAttribute('viewBox')")
        for x, y in zip(restored.split(), view_box.split()):
            self.assertAlmostEqual(float(x), float(y), delta=0.02)

    def test_a_shared_pair_and_an_unknown_id(self):
        tool = cooccurrence_meetings(RABAT)
        (a, b), meetings = max(tool.items(), key=lambda item: (len(item[1]), item[0]))
        from urllib.parse import quote
        self.driver.get("file://" + self.path + f"#pair={quote(a)}&and={quote(b)}")
        WebDriverWait(self.driver, 20).until(lambda d: d.execute_script("return document.documentElement.getAttribute('data-ready')") == "true")
        listed = {li.get_attribute("data-meeting") for li in self.driver.find_elements(By.CSS_SELECTOR, "#details li[data-meeting]")}
        self.assertEqual(listed, meetings)
        # A fresh load of a link naming an id the report lacks (a fragment change alone does not reload, and the
        # page may rewrite its own fragment before a refresh).
        self.driver.get("about:blank")
        self.driver.get("file://" + self.path + "#node=NO-SUCH-ID")
        WebDriverWait(self.driver, 20).until(lambda d: d.execute_script("return document.documentElement.getAttribute('data-ready')") == "true")
        WebDriverWait(self.driver, 5).until(lambda d: "NO-SUCH-ID" in d.find_element(By.ID, "search-status").get_attribute("textContent"))
        self.assertEqual(severe_logs(self.driver), [])

    # 5. Dates with their meaning.
    def test_every_dated_tie_says_what_its_dates_mean(self):
        dated = [tie for tie in self.data.get("ties") or [] if tie.get("start") or tie.get("end")]
        self.assertTrue(dated)
        for tie in dated:
            self.select(next(a["name"] for a in self.data["actors"] if a["id"] == tie["from"]))
            self.assertIn(f"({span_text(tie)})", self.driver.find_element(By.ID, "details").text)
            edge = self.js("""var d = JSON.parse(document.getElementById('report-data').textContent);
                return d.edges.from.findIndex((f, i) => d.nodes.id[f] === arguments[0] && d.nodes.id[d.edges.to[i]] === arguments[1]
                    && d.lineStyles[d.edges.style[i]].relation === arguments[2])""",
                           tie["from"], tie["to"], tie["relation"])
            self.js("document.querySelector('#diagram-view g[data-edge=\"' + arguments[0] + '\"] path').dispatchEvent(new MouseEvent('click', {bubbles: true}))", edge)
            self.assertIn(f"dates\n{span_text(tie)}", self.driver.find_element(By.ID, "details").text)


    # 6. Two rows.
    def test_two_rows_of_actors_and_meetings(self):
        """Actors above, meetings below, in the order `partnet render --layout bipartite` draws, ties hidden."""
        tool = two_row_order(RABAT)
        control = self.driver.find_element(By.ID, "layout")
        self.assertTrue(control.is_displayed())
        self.js("arguments[0].scrollIntoView({block: 'center'})", control)
        Select(control).select_by_value("rows")
        centres = {self.ids[index]: (x, y) for index, x, y in self.js("""return Array.from(document.querySelectorAll('#diagram-view g[data-node]')).map(function (g) {
            var r = g.getBoundingClientRect(); return [+g.getAttribute('data-node'), r.left + r.width / 2, r.top + r.height / 2]; })""")}
        actor_ids = {actor["id"] for actor in self.data["actors"]}
        actors = sorted((i for i in centres if i in actor_ids), key=lambda i: centres[i][0])
        meetings = sorted((i for i in centres if i not in actor_ids), key=lambda i: centres[i][0])
        # The tool draws only nodes with a line; the page places every node, in the same order.
        self.assertEqual([i for i in actors if i in tool], [i for i in tool if i in actor_ids])
        self.assertEqual([i for i in meetings if i in tool], [i for i in tool if i not in actor_ids])
        self.assertLess(max(centres[i][1] for i in actors), min(centres[i][1] for i in meetings))
        # Crossings by definition over the participations (one line per actor-meeting pair), as the status says.
        pairs = {(a, m["id"]) for m in self.data["meetings"] for role in ROLES for a in members(m, role)}
        ends = [(centres[a][0], centres[m][0]) for a, m in pairs]
        crossings = sum(1 for i in range(len(ends)) for j in range(i + 1, len(ends))
                        if (ends[i][0] - ends[j][0]) * (ends[i][1] - ends[j][1]) < 0)
        status = self.driver.find_element(By.ID, "layout-status").get_attribute("textContent")
        self.assertIn(f"; {crossings} crossing", status)
        hidden_ties = self.js("""var d = JSON.parse(document.getElementById('report-data').textContent);
            return Array.from(document.querySelectorAll('#diagram-view g[data-edge]')).filter(g => d.edges.tie.charAt(+g.getAttribute('data-edge')) === '1')
                .map(g => getComputedStyle(g).display)""")
        self.assertTrue(hidden_ties and all(display == "none" for display in hidden_ties))
        # The whole drawing fits the box, and the choice survives a reload.
        self.wait_for_fragment("drawing=rows")
        self.driver.refresh()
        WebDriverWait(self.driver, 20).until(lambda d: d.execute_script("return document.documentElement.getAttribute('data-ready')") == "true")
        self.assertEqual(self.js("return document.getElementById('layout').value"), "rows")
        again = {self.ids[index]: x for index, x in self.js("""return Array.from(document.querySelectorAll('#diagram-view g[data-node]')).map(function (g) {
            var r = g.getBoundingClientRect(); return [+g.getAttribute('data-node'), r.left + r.width / 2]; })""")}
        self.assertEqual(sorted(actors, key=again.get), actors)
        self.assertEqual(sorted(meetings, key=again.get), meetings)
        Select(self.driver.find_element(By.ID, "layout")).select_by_value("network")
        self.assertEqual(self.js("return document.querySelectorAll('#diagram-view g[data-node][transform]').length"), 0)
        self.assertEqual(self.driver.find_element(By.ID, "layout-status").get_attribute("textContent"), "")
        self.assertEqual(severe_logs(self.driver), [])
        self.assertLessEqual(self.js("return document.documentElement.scrollWidth"), self.WIDTH)


def two_row_order(source):
    """Node ids left to right in `partnet render FILE --layout bipartite` (Graphviz's plain output)."""
    directory = tempfile.mkdtemp(prefix="report-rows-")
    output = os.path.join(directory, "rows.plain")
    try:
        subprocess.run([OPTIONS["partnet"], "render", source, "--layout", "bipartite", "-o", output], capture_output=True, text=True, check=True)
        with open(output, encoding="utf-8") as handle:
            plain = handle.read()
    finally:
        shutil.rmtree(directory, ignore_errors=True)
    centres = {}
    for line in plain.splitlines():
        match = re.match(r'node ("(?:[^"]|\\")*"|\S+) (\S+) (\S+)', line)
        if match:
            centres[match.group(1).strip('"')] = float(match.group(2))
    return sorted(centres, key=centres.get)


class InstrumentAt1280(Instrument, unittest.TestCase):
    WIDTH, HEIGHT = 1280, 900


class InstrumentAt390(Instrument, unittest.TestCase):
    WIDTH, HEIGHT = 390, 844


class RabatDecade(SvgFitLabels, PageAtWidth):
    """The Rabat Process 2015-2025 (108 nodes): its labels at Fit and zoomed in."""
    SHOTS = "rabat-2015-2025"

    @classmethod
    def setUpClass(cls):
        cls.report_of(os.path.join(ROOT, "graphs", "rabat-process-2015-2025.yaml"))


class RabatDecadeAt1280(RabatDecade, unittest.TestCase):
    WIDTH, HEIGHT = 1280, 900


class RabatDecadeAt390(RabatDecade, unittest.TestCase):
    WIDTH, HEIGHT = 390, 844


def backbone_network():
    """Alpha and Beta attend 8 of 40 meetings together, each meeting with three of 40 others in turn: the one pair
    the default test (SDSM, Benjamini-Hochberg at 0.05) finds more than chance."""
    n = 40
    actors = [{"id": "A", "name": "Alpha", "kind": "country"}, {"id": "B", "name": "Beta", "kind": "country"}]
    actors += [{"id": f"X{i}", "name": f"Other {i}", "kind": "country"} for i in range(n)]
    meetings = []
    for m in range(n):
        attends = [f"X{m}", f"X{(m + 1) % n}", f"X{(m + 7) % n}"]
        meetings.append({"id": f"m{m}", "title": f"Meeting {m}", "start": f"{2000 + m % 20}-03-01",
                         "attends": (["A", "B"] if m < 8 else []) + attends})
    return {"name": "Backbone", "actors": actors, "meetings": meetings}


class Backbone(PageAtWidth):
    """A pair's p-value in its card and the backbone view of the pairs table, at one screen width."""

    @classmethod
    def setUpClass(cls):
        cls.directory = tempfile.mkdtemp(prefix="report-backbone-")
        cls.addClassCleanup(shutil.rmtree, cls.directory, True)
        cls.source = os.path.join(cls.directory, "backbone.yaml")
        network = backbone_network()
        with open(cls.source, "w", encoding="utf-8") as handle:
            yaml.safe_dump(network, handle)
        cls.ids = [a["id"] for a in network["actors"]] + [m["id"] for m in network["meetings"]]
        cls.path = os.path.join(cls.directory, "backbone.html")
        write_report(cls.source, cls.path)
        # The tool's own test, as the report runs it by default.
        run = subprocess.run([OPTIONS["partnet"], "cooccurrence", cls.source, "--significance", "sdsm", "--format", "csv"],
                             capture_output=True, text=True, check=True)
        import csv
        import io
        cls.tests = {(row["a"], row["b"]): (float(row["p"]), row["significant"] == "true")
                     for row in csv.DictReader(io.StringIO(run.stdout))}
        cls.driver = browser(cls.WIDTH, cls.HEIGHT)

    def shown_pairs(self):
        buttons = self.js("return Array.from(document.querySelectorAll('#pairs-table tbody tr:not([hidden]) button[data-pair]'))"
                          ".map(b => b.getAttribute('data-pair'))")
        return {tuple(self.ids[int(v)] for v in value.split(",")) for value in buttons}

    def test_a_pair_card_gives_its_p_value(self):
        significant = [pair for pair, (_, yes) in self.tests.items() if yes]
        self.assertEqual(significant, [("A", "B")])
        others = sorted(pair for pair, (_, yes) in self.tests.items() if not yes)
        for a, b in [("A", "B"), others[0]]:
            p, yes = self.tests[(a, b)]
            button = self.driver.find_element(By.CSS_SELECTOR, f'#pairs-table button[data-pair="{self.ids.index(a)},{self.ids.index(b)}"]')
            self.js("arguments[0].scrollIntoView({block: 'center'})", button)
            self.js("arguments[0].click()", button)
            text = self.driver.find_element(By.CSS_SELECTOR, "#details p.pair-test").text
            shown = f"{p:.3f}" if p >= 0.001 else f"{p:.1e}"
            self.assertIn(f"p = {shown} under the SDSM", text)
            self.assertEqual("not more than chance" not in text, yes, text)
            self.assertIn("Benjamini-Hochberg over", text)

    def test_the_backbone_view_lists_the_significant_pairs_and_survives_a_reload(self):
        everything = self.shown_pairs()
        self.assertEqual(len(everything), len(self.tests))
        box = self.driver.find_element(By.ID, "pairs-backbone")
        label = box.find_element(By.XPATH, "..")
        self.js("arguments[0].scrollIntoView({block: 'center'})", label)
        left, right, height = self.js("var r = arguments[0].getBoundingClientRect(); return [r.left, r.right, r.height]", label)
        self.assertGreaterEqual(left, 0)
        self.assertLessEqual(right, self.WIDTH)
        if self.WIDTH < 900:
            self.assertGreaterEqual(height, 44)
        label.click()
        backbone = {pair for pair, (_, yes) in self.tests.items() if yes}
        self.assertEqual(self.shown_pairs(), backbone)
        self.assertEqual(self.driver.find_element(By.ID, "pairs-table-count").text, f"{len(backbone)} of {len(backbone)} rows")
        WebDriverWait(self.driver, 5).until(lambda d: "backbone=1" in d.execute_script("return location.hash"))
        self.driver.refresh()
        WebDriverWait(self.driver, 20).until(lambda d: d.execute_script("return document.documentElement.getAttribute('data-ready')") == "true")
        self.assertTrue(self.driver.find_element(By.ID, "pairs-backbone").is_selected())
        self.assertEqual(self.shown_pairs(), backbone)
        self.js("document.getElementById('pairs-backbone').click()")
        self.assertEqual(self.shown_pairs(), everything)
        self.assertEqual(severe_logs(self.driver), [])


class BackboneAt1280(Backbone, unittest.TestCase):
    WIDTH, HEIGHT = 1280, 900


class BackboneAt390(Backbone, unittest.TestCase):
    WIDTH, HEIGHT = 390, 844


PAN_SCRIPT = """
var done = arguments[arguments.length - 1], view = document.getElementById('diagram-view');
var rect = view.getBoundingClientRect(), x = rect.left + rect.width / 2, y = rect.top + rect.height / 2;
var frames = [], draws = [], last = null, step = 0, atOnce = view.drawing.drawnAtOnce;
// Whole drawings of nodes, told apart from the communities' (which are drawn whole by design): a drag that starts
// near the aggregation limit draws communities for a frame, then nodes again.
var seen = atOnce, nodesAtOnce = 0;
function send(type, dx, dy) {
  view.dispatchEvent(new PointerEvent(type, {pointerId: 9, pointerType: 'mouse', isPrimary: true, clientX: x + dx, clientY: y + dy, bubbles: true}));
}
send('pointerdown', 0, 0);
function tick(time) {
  if (last !== null) { frames.push(time - last); draws.push(view.drawing.last.frame); }
  if (view.drawing.drawnAtOnce !== seen) {
    if (view.drawing.last.mode === 'nodes') nodesAtOnce += view.drawing.drawnAtOnce - seen;
    seen = view.drawing.drawnAtOnce;
  }
  last = time;
  if (step++ >= 60) {
    // A browser ends a drag with a click where the pointer rose; the page ignores that click.
    send('pointerup', 4 * step, 2 * step);
    view.dispatchEvent(new MouseEvent('click', {clientX: x + 4 * step, clientY: y + 2 * step, bubbles: true}));
    done({frames: frames, draws: draws, mode: view.getAttribute('data-mode'), atOnce: view.drawing.drawnAtOnce - atOnce, nodesAtOnce: nodesAtOnce});
    return;
  }
  send('pointermove', 4 * step, 2 * step);
  requestAnimationFrame(tick);
}
requestAnimationFrame(tick);
"""
NEXT_FRAME = "var done = arguments[arguments.length - 1]; requestAnimationFrame(function () { requestAnimationFrame(function () { done(true); }); });"


class DrawingControls:
    """Pressing the drawing's buttons and saving screenshots of it (`SHOTS` names the page in the file name)."""
    SHOTS = "page"

    def press(self, identifier):
        button = self.driver.find_element(By.ID, identifier)
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
        button.click()

    def shot(self, name):
        self.driver.execute_script("document.getElementById('diagram-view').scrollIntoView({block: 'end'})")
        os.makedirs(OPTIONS["shots"], exist_ok=True)
        self.driver.save_screenshot(os.path.join(OPTIONS["shots"], f"{self.SHOTS}-{self.WIDTH}-{name}.png"))


def outside(boxes, width, height):
    """The boxes (left, right, top, bottom in screen points from the drawing's corner) not whole inside a frame of
    width by height (half a point of rounding allowed)."""
    return [b for b in boxes if b["left"] < -0.5 or b["top"] < -0.5 or b["right"] > width + 0.5 or b["bottom"] > height + 0.5]


def circle_boxes(circles):
    return [dict(c, left=c["x"] - c["r"], right=c["x"] + c["r"], top=c["y"] - c["r"], bottom=c["y"] + c["r"]) for c in circles]


CANVAS_SEEN = """var v = document.getElementById('diagram-view'), d = v.drawing, r = d.element.getBoundingClientRect();
return {mode: v.getAttribute('data-mode'), width: r.width, height: r.height, communities: d.last.communities.slice(),
        circles: d.last.mode === 'communities' ? d.last.circles : d.last.nodes.map(function (i) { return d.shape(i); }),
        labels: d.last.labelBoxes || []}"""


# What a drawing shows at one moment, for the label checks (crowding, labels over circles, room left unused), in
# screen points from the drawing's corner: the frame's size, every label drawn (the text the page drew, keyed by its
# node or community), every shape drawn (a circle with its centre and radius, or Graphviz's shape's box), the size
# each label the page wanted measured, and whether it stopped at its most labels (then room may be left on purpose).
SVG_LABELS_SEEN = """var view = document.getElementById('diagram-view'), svg = view.querySelector('svg'), frame = svg.getBoundingClientRect();
function local(r) { return {left: r.left - frame.left, right: r.right - frame.left, top: r.top - frame.top, bottom: r.bottom - frame.top}; }
var last = view.labelsLast || {}, marks = {};
(last.labelBoxes || []).forEach(function (b) { marks[b.node] = b; });
var labels = Array.from(view.querySelectorAll('g.lod-labels text')).map(function (t) {
  var key = +t.getAttribute('data-label');
  return Object.assign(local(t.getBoundingClientRect()), {key: key, over: !!(marks[key] && marks[key].over), near: t.classList.contains('near')}); });
var shapes = [];
view.querySelectorAll('g[data-node]').forEach(function (g) {
  if (g.classList.contains('faded')) return;
  var box = null;
  g.querySelectorAll('ellipse, polygon, path').forEach(function (s) {
    var fill = s.getAttribute('fill');
    if (!fill || fill === 'none' || fill === 'transparent') return;
    var r = local(s.getBoundingClientRect());
    box = box ? {left: Math.min(box.left, r.left), right: Math.max(box.right, r.right), top: Math.min(box.top, r.top), bottom: Math.max(box.bottom, r.bottom)} : r;
  });
  if (box) shapes.push(Object.assign(box, {key: +g.getAttribute('data-node')}));
});
// The lines drawn (not faded or hidden), each as points two points apart along its path.
var lines = [];
view.querySelectorAll('g[data-edge]').forEach(function (g) {
  if (g.classList.contains('faded') || g.classList.contains('row-hidden')) return;
  g.querySelectorAll('path:not(.hit)').forEach(function (p) {
    var length = p.getTotalLength(), count = Math.max(8, Math.ceil(length / 2)), m = p.getScreenCTM(), points = [];
    for (var i = 0; i <= count; i++) {
      var q = p.getPointAtLength(length * i / count);
      points.push([m.a * q.x + m.c * q.y + m.e - frame.left, m.b * q.x + m.d * q.y + m.f - frame.top]);
    }
    lines.push(points);
  });
});
return {width: frame.width, height: frame.height, labels: labels, shapes: shapes, lines: lines, sizes: last.labelSizes || null, full: !!last.full,
        readable: !svg.classList.contains('small-text')}"""
CANVAS_LABELS_SEEN = """var v = document.getElementById('diagram-view'), d = v.drawing, r = d.element.getBoundingClientRect(), last = d.last;
var communities = last.mode === 'communities';
var shapes = communities ? last.circles.map(function (c) { return {key: c.community, x: c.x, y: c.y, r: c.r}; })
                         : last.nodes.filter(function (i) { return !d.nodeFaded[i]; }).map(function (i) { var s = d.shape(i); return {key: i, x: s.x, y: s.y, r: s.r, square: !!d.kindShape[i]}; });
shapes.forEach(function (s) { if (s.r !== undefined) { s.left = s.x - s.r; s.right = s.x + s.r; s.top = s.y - s.r; s.bottom = s.y + s.r; } });
// The lines drawn, in screen points: between the nodes' centres, or between the centres of communities that share a line.
var data = JSON.parse(document.getElementById('report-data').textContent), from = data.edges.from, to = data.edges.to, lines = [];
if (communities) {
  var community = data.canvas.community, pairs = {};
  from.forEach(function (a, e) { var p = community[a], q = community[to[e]]; if (p !== q) pairs[Math.min(p, q) + ' ' + Math.max(p, q)] = [Math.min(p, q), Math.max(p, q)]; });
  Object.keys(pairs).forEach(function (k) { var p = d.spots[pairs[k][0]], q = d.spots[pairs[k][1]]; lines.push([[p.x, p.y], [q.x, q.y]]); });
} else {
  last.edges.forEach(function (e) { var p = d.shape(from[e]), q = d.shape(to[e]); lines.push([[p.x, p.y], [q.x, q.y]]); });
}
return {mode: last.mode, width: r.width, height: r.height, shapes: shapes, lines: lines, sizes: last.labelSizes || null, full: !!last.labelsFull,
        labels: (last.labelBoxes || []).map(function (b) { return Object.assign({key: communities ? b.community : b.node}, b); })}"""


def boxes_overlap(a, b, slack):
    """Whether two boxes share more than `slack` points each way."""
    return a["left"] < b["right"] - slack and b["left"] < a["right"] - slack and a["top"] < b["bottom"] - slack and b["top"] < a["bottom"] - slack


def covers(box, shape, slack):
    """Whether a label's box lies over a shape by more than `slack` points: a circle (nearest point of the box to its
    centre), else the shape's box."""
    if "r" not in shape or shape["r"] is None:
        return boxes_overlap(box, shape, slack)
    nx = min(max(shape["x"], box["left"]), box["right"])
    ny = min(max(shape["y"], box["top"]), box["bottom"])
    return (nx - shape["x"]) ** 2 + (ny - shape["y"]) ** 2 < (shape["r"] - slack) ** 2


def crosses_line(box, points, slack=1):
    """Whether a line (its points in screen points) passes through a box more than `slack` points inside its edges
    (each piece between two points clipped to the box)."""
    left, right, top, bottom = box["left"] + slack, box["right"] - slack, box["top"] + slack, box["bottom"] - slack
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        dx, dy, low, high = x1 - x0, y1 - y0, 0.0, 1.0
        for p, q in ((-dx, x0 - left), (dx, right - x0), (-dy, y0 - top), (dy, bottom - y0)):
            if p == 0:
                if q < 0:
                    low, high = 1.0, 0.0
            elif p < 0:
                low = max(low, q / p)
            else:
                high = min(high, q / p)
        if low <= high:
            return True
    return False


def label_problems(seen, names, weight, room=3):
    """What is wrong with the labels `seen` shows (SVG_LABELS_SEEN, CANVAS_LABELS_SEEN): two labels over each other,
    a label cut by the frame, a label over a shape not its own (allowed only to a label the page marks `over`, when
    no place beside its shape had room, and only over shapes whose `weight`, lines or members, is no more than its
    own; or to a neighbour of the hovered or selected node), and a shape with no label although its label had room:
    a box of the label's size (the page's measure), `room` points bigger each way, beside its shape (right, left,
    above or below, as close as 2 points) whole in the frame, over no label drawn and no other shape. When `seen` has
    the lines drawn, also a label across a line (not marked `over`) although such a room beside its shape crossed
    none."""
    labels, shapes, problems = seen["labels"], seen["shapes"], []
    problems += [f"the label of {names(b['key'])} is cut by the frame" for b in outside(labels, seen["width"], seen["height"])]

    def room_beside(shape, w, h, clear_of_lines=False):
        cx, cy = (shape["left"] + shape["right"]) / 2, (shape["top"] + shape["bottom"]) / 2
        places = {"right": (shape["right"] + 2, cy - h / 2), "left": (shape["left"] - 2 - w, cy - h / 2),
                  "above": (cx - w / 2, shape["top"] - 2 - h), "below": (cx - w / 2, shape["bottom"] + 2)}
        for side, (left, top) in places.items():
            box = {"left": left - room, "right": left + w + room, "top": top - room, "bottom": top + h + room}
            if outside([box], seen["width"], seen["height"]):
                continue
            if any(label["key"] != shape["key"] and boxes_overlap(box, label, 0) for label in labels):
                continue
            if any(other["key"] != shape["key"] and covers(box, other, 0) for other in shapes):
                continue
            if clear_of_lines and any(crosses_line(box, line, 0) for line in seen["lines"]):
                continue
            return side
        return None

    own = {shape["key"]: shape for shape in shapes}
    for a in labels:
        if seen.get("lines") is None or a.get("over") or seen["sizes"] is None or a["key"] not in own or str(a["key"]) not in seen["sizes"]:
            continue
        if any(crosses_line(a, line) for line in seen["lines"]):
            side = room_beside(own[a["key"]], *seen["sizes"][str(a["key"])], clear_of_lines=True)
            if side:
                problems.append(f"the label of {names(a['key'])} crosses a line though it had room {side} of its shape clear of lines")
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            if boxes_overlap(a, b, 1):
                problems.append(f"the labels of {names(a['key'])} and {names(b['key'])} overlap")
        under = [shape for shape in shapes if shape["key"] != a["key"] and covers(a, shape, 1)]
        if not under or a.get("near"):
            continue
        if not a.get("over"):
            problems += [f"the label of {names(a['key'])} lies over the shape of {names(shape['key'])}" for shape in under]
            continue
        problems += [f"the label of {names(a['key'])} lies over the shape of {names(shape['key'])}, which has more"
                     for shape in under if weight(shape["key"]) > weight(a["key"])]
        if seen["sizes"] is not None and a["key"] in own and str(a["key"]) in seen["sizes"]:
            side = room_beside(own[a["key"]], *seen["sizes"][str(a["key"])])
            if side:
                problems.append(f"the label of {names(a['key'])} lies over other shapes though it had room {side} of its shape")
    if seen["full"] or seen["sizes"] is None:
        return problems
    labelled = {label["key"] for label in labels}
    for shape in shapes:
        if shape["key"] in labelled or str(shape["key"]) not in seen["sizes"]:
            continue
        side = room_beside(shape, *seen["sizes"][str(shape["key"])])
        if side:
            problems.append(f"{names(shape['key'])} has no label though it had room {side} of its shape")
    return problems

def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


class LargeNetwork(DrawingControls):
    """A 20,000-node one-mode network shaped like uni-M (large_network.py), drawn on the canvas: communities at Fit,
    drill-down, search, the ego filter and the frame time while panning; at 1280 and 390 px (the subclasses)."""
    WIDTH, HEIGHT = 1280, 900
    NODES = 20000
    SHOTS = f"large-{NODES}"

    @classmethod
    def setUpClass(cls):
        import json
        import large_network
        cls.directory = tempfile.mkdtemp(prefix="report-large-")
        cls.addClassCleanup(shutil.rmtree, cls.directory, True)
        source = os.path.join(cls.directory, f"ba-{cls.NODES}.tsv")
        cls.edges, cls.neighbours = large_network.write_edge_list(source, nodes=cls.NODES)
        cls.path = os.path.join(cls.directory, f"ba-{cls.NODES}.html")
        write_report(source, cls.path)
        with open(cls.path, encoding="utf-8") as handle:
            page = handle.read()
        opening = '<script type="application/json" id="report-data">'
        start = page.index(opening) + len(opening)
        cls.data = json.loads(page[start:page.index("</script>", start)])
        cls.size = len(page.encode("utf-8"))
        cls.driver = browser(cls.WIDTH, cls.HEIGHT)
        cls.driver.set_script_timeout(60)

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()

    def setUp(self):
        self.driver.get("about:blank")
        self.driver.get("file://" + self.path)
        WebDriverWait(self.driver, 120).until(lambda d: d.execute_script("return document.documentElement.getAttribute('data-ready')") == "true")
        self.ready = self.js("return performance.getEntriesByName('report-ready')[0].startTime")
        self.js("document.getElementById('diagram-view').scrollIntoView({block: 'start'})")
        self.driver.execute_async_script(NEXT_FRAME)

    def js(self, script, *arguments):
        return self.driver.execute_script(script, *arguments)

    def drawn(self):
        self.driver.execute_async_script(NEXT_FRAME)
        return self.js("var v = document.getElementById('diagram-view'); return {mode: v.getAttribute('data-mode'), nodes: v.drawing.last.nodes.map(function (i) { return v.drawing.nodeFaded[i] ? -1 : i; }), communities: v.drawing.last.communities.length}")

    def test_page_size_and_no_script_errors(self):
        import json
        drawing = len(json.dumps(self.data["canvas"], separators=(",", ":")).encode("utf-8"))
        print(f"\n{self.NODES} nodes, {self.edges} edges: {self.size:,} bytes, {(self.size - drawing) / self.edges:.1f} bytes per edge "
              f"besides {drawing:,} bytes of drawing data; ready after {self.ready:.0f} ms at {self.WIDTH} px", file=sys.stderr)
        self.assertLessEqual(self.size - drawing, 40 * self.edges)
        self.assertEqual(len(self.data["canvas"]["x"]), self.NODES)
        self.assertEqual(self.driver.find_elements(By.CSS_SELECTOR, "#diagram-view svg"), [])
        self.assertEqual(severe_logs(self.driver), [])
        # The intro says what the data is: a one-mode network, not meetings.
        text = self.driver.find_element(By.CSS_SELECTOR, "#explore p.explain").text
        self.assertIn(f"one-mode network with no meetings: each shape is one of its {self.NODES} nodes", text)
        self.assertNotIn("hosted, co-chaired", text)

    def test_fit_shows_communities_and_a_click_drills_down(self):
        # (A phone starts at Fit in the communities' view; a small network's drawing starts zoomed to fill its height.)
        self.press("zoom-fit")
        fit = self.drawn()
        self.assertEqual(fit["mode"], "communities")
        communities = 1 + max(self.data["canvas"]["community"])
        self.assertEqual(fit["communities"], communities)
        self.shot("fit")
        # Clicking the largest community shows its members alone, every one of them.
        spot = self.js("var v = document.getElementById('diagram-view'), r = v.getBoundingClientRect(), s = v.drawing.spots[0]; return [r.left + s.x, r.top + s.y]")
        self.js("document.getElementById('diagram-view').dispatchEvent(new MouseEvent('click', {clientX: arguments[0], clientY: arguments[1], bubbles: true}))", *spot)
        drilled = self.drawn()
        members = {index for index, community in enumerate(self.data["canvas"]["community"]) if community == 0}
        self.assertEqual(drilled["mode"], "nodes")
        self.assertEqual({index for index in drilled["nodes"] if index >= 0}, members)
        self.assertIn(f"Community 1: {len(members)} nodes", self.driver.find_element(By.ID, "drawing-status").text)
        self.shot("drilled")
        self.press("zoom-fit")
        self.assertEqual(self.drawn()["mode"], "communities")

    def test_fit_draws_every_circle_and_label_whole_and_uncrowded(self):
        # Fit frames the communities' circles and their labels in screen points: nothing is cut by the frame, and
        # every community is still drawn; the same in a community drilled into (its nodes' labels). The labels lie
        # over no other label and no other community's circle (node's shape), and every community (node) whose
        # label had room beside its circle has one.
        self.press("zoom-fit")
        self.drawn()
        seen = self.js(CANVAS_SEEN)
        self.assertEqual(seen["mode"], "communities")
        communities = 1 + max(self.data["canvas"]["community"])
        self.assertEqual(sorted(seen["communities"]), list(range(communities)))
        self.assertEqual(len(seen["circles"]), communities)
        self.assertEqual(outside(circle_boxes(seen["circles"]), seen["width"], seen["height"]), [], "a circle cut by the frame at Fit")
        self.assertTrue(seen["labels"], "no community label at Fit")
        self.assertEqual(outside(seen["labels"], seen["width"], seen["height"]), [], "a label cut by the frame at Fit")
        self.uncrowded(lambda key: f"community {key + 1}", lambda key: self.data["canvas"]["community"].count(key))
        self.shot("fit-frame")
        spot = self.js("var v = document.getElementById('diagram-view'), r = v.getBoundingClientRect(), s = v.drawing.spots[0]; return [r.left + s.x, r.top + s.y]")
        self.js("document.getElementById('diagram-view').dispatchEvent(new MouseEvent('click', {clientX: arguments[0], clientY: arguments[1], bubbles: true}))", *spot)
        self.assertEqual(self.drawn()["mode"], "nodes")
        seen = self.js(CANVAS_SEEN)
        self.assertTrue(seen["labels"], "no label in the community drilled into")
        self.assertEqual(outside(seen["labels"], seen["width"], seen["height"]), [], "a label cut by the frame in a community")
        ids = self.data["nodes"]["id"]
        self.uncrowded(lambda key: ids[key], lambda key: len(self.neighbours[ids[key]]))
        self.shot("drilled-labels")
        # Where the dots drawn cover at least 0.8 of the frame's area (they hide one another: the 20,000-node page's
        # largest community), any label, not only the ten best-linked nodes', may lie over less-linked dots when no
        # place beside is free (uncrowded checked that each lies only over less-linked ones and had no room); in a
        # sparser view only the ten may.
        seen = self.js(CANVAS_LABELS_SEEN)
        area = sum((4 if shape.get("square") else math.pi) * shape["r"] ** 2 for shape in seen["shapes"])
        over = [label for label in seen["labels"] if label["over"]]
        if area >= 0.8 * seen["width"] * seen["height"]:
            self.assertGreater(len(over), 10, f"{len(seen['labels'])} labels in a view whose dots cover {area / (seen['width'] * seen['height']):.1f} frames")
        else:
            self.assertLessEqual(len(over), 10)

    def uncrowded(self, names, weight):
        seen = self.js(CANVAS_LABELS_SEEN)
        self.assertEqual(label_problems(seen, names, weight), [])
        self.assertIsNotNone(seen["sizes"], "the page does not say which labels it measured (no room checked)")


    def test_search_finds_a_node_and_the_ego_filter_shows_its_neighbours(self):
        # The best-linked node with an id as long as the longest: it matches no other.
        node = max((n for n in self.neighbours if len(n) == len(f"n{self.NODES - 1}")), key=lambda n: (len(self.neighbours[n]), n))
        search = self.driver.find_element(By.ID, "search")
        self.js("arguments[0].scrollIntoView({block: 'center'})", search)
        search.send_keys(node)
        self.assertEqual([b.text for b in self.driver.find_elements(By.CSS_SELECTOR, "#search-results button")], [node])
        search.send_keys(Keys.ENTER)
        self.assertIn(node, self.driver.find_element(By.CSS_SELECTOR, "#details h3").text)
        self.assertIn(f"{len(self.neighbours[node])} links", self.driver.find_element(By.ID, "details").text)
        Select(self.driver.find_element(By.ID, "focus")).select_by_value("1")
        expected = {node} | self.neighbours[node]
        self.assertIn(f"Neighbourhood: {len(expected)} nodes within 1 step of {node}", self.driver.find_element(By.ID, "focus-status").text)
        ids = self.data["nodes"]["id"]
        drawn = self.drawn()
        self.assertEqual(drawn["mode"], "nodes")
        self.assertEqual({ids[index] for index in drawn["nodes"] if index >= 0}, expected)
        self.shot("ego")

    def test_culling_labels_by_level_of_detail_and_neighbours_on_hover(self):
        # (A phone starts at Fit in the communities' view, not zoomed in: up to 12 steps of 1.4.)
        for _ in range(12):
            if self.drawn()["mode"] == "nodes":
                break
            self.press("zoom-in")
        seen = self.js("""var d = document.getElementById('diagram-view').drawing, f = d.frame();
            return {view: [f.x0, f.y0, f.x1, f.y1, f.scale, f.rect.left, f.rect.top, f.rect.width, f.rect.height], nodes: d.last.nodes.slice(),
                    places: d.last.nodes.map(function (i) { var p = d.position(i); return [p.x, p.y]; }), labels: d.last.labelBoxes}""")
        x0, y0, x1, y1, scale, left, top, width, height = seen["view"]
        # Culling: only nodes in view (and a 20-pixel margin) are drawn.
        self.assertTrue(0 < len(seen["nodes"]) < self.NODES)
        margin = 20 * scale
        self.assertTrue(all(x0 - margin <= x <= x1 + margin and y0 - margin <= y <= y1 + margin for x, y in seen["places"]))
        # Labels: readable, none over another, the best-linked node well inside the view among them.
        labels = seen["labels"]
        self.assertTrue(labels, "no label once nodes are drawn")
        self.assertEqual(outside(labels, width, height), [], "a label cut by the frame")
        for a in range(len(labels)):
            self.assertGreaterEqual(labels[a]["bottom"] - labels[a]["top"], 11)
            for b in range(a + 1, len(labels)):
                p, q = labels[a], labels[b]
                self.assertFalse(p["left"] < q["right"] - 1 and q["left"] < p["right"] - 1 and p["top"] < q["bottom"] - 1 and q["top"] < p["bottom"] - 1)
        ids = self.data["nodes"]["id"]
        inner = [i for i, (x, y) in zip(seen["nodes"], seen["places"])
                 if x0 + 0.1 * (x1 - x0) <= x <= x1 - 0.1 * (x1 - x0) and y0 + 0.1 * (y1 - y0) <= y <= y1 - 0.1 * (y1 - y0)]
        busiest = max(inner, key=lambda i: (len(self.neighbours[ids[i]]), -i))
        labelled = {label["node"] for label in labels}
        self.assertIn(busiest, labelled, "the best-linked node in view has no label")
        # Hovering a node labels it and its neighbours first (bold). (sfdp may put nodes on one spot: the point
        # hovered has no other node within 3 pixels, and the hovered node is the one the page reports.)
        place = dict(zip(seen["nodes"], map(tuple, seen["places"])))

        def alone(i):
            return all(j == i or abs(place[j][0] - place[i][0]) > 3 * scale or abs(place[j][1] - place[i][1]) > 3 * scale for j in place)
        index_of = {identifier: i for i, identifier in enumerate(ids)}
        inner_set = set(inner)
        target = next(i for i in sorted(inner, key=lambda i: len(self.neighbours[ids[i]]))
                      if 6 <= len(self.neighbours[ids[i]]) <= 60 and i not in labelled and alone(i)
                      and any(index_of[n] in inner_set for n in self.neighbours[ids[i]]))
        x, y = place[target]
        self.js("document.getElementById('diagram-view').dispatchEvent(new PointerEvent('pointermove', {pointerId: 3, clientX: arguments[0], clientY: arguments[1], bubbles: true}))",
                left + (x - x0) / scale, top + (y - y0) / scale)
        self.driver.execute_async_script(NEXT_FRAME)
        hovered = self.js("return document.getElementById('diagram-view').drawing.hovered")
        self.assertIsNotNone(hovered)
        near = {label["node"] for label in self.js("return document.getElementById('diagram-view').drawing.last.labelBoxes") if label["near"]}
        self.assertIn(hovered, near)
        self.assertLessEqual({ids[i] for i in near}, {ids[hovered]} | self.neighbours[ids[hovered]])
        # (A neighbour out of view has no label: lines of a preferential-attachment network cross the drawing.)
        others = self.js("""var d = document.getElementById('diagram-view').drawing, f = d.frame(), ids = arguments[0], shown = [];
            ids.forEach(function (i) { var p = d.position(i), mx = 0.1 * (f.x1 - f.x0), my = 0.1 * (f.y1 - f.y0);
              if (p.x > f.x0 + mx && p.x < f.x1 - mx && p.y > f.y0 + my && p.y < f.y1 - my) shown.push(i); });
            return shown""", [index_of[n] for n in self.neighbours[ids[hovered]]])
        if others and len(self.neighbours[ids[hovered]]) <= 60:
            self.assertGreater(len(near), 1, "no neighbour in view labelled on hover")
        self.assertIn(ids[hovered], self.driver.find_element(By.ID, "tooltip").text)

    def test_a_real_click_on_a_line_and_the_view_survive_a_reload(self):
        # Towards the node farthest from the middle (lines are sparser there), closer in until a line whose middle
        # the page resolves to that line (no node or other line nearer) is in view.
        self.press("zoom-fit")
        canvas = self.driver.find_element(By.CSS_SELECTOR, "#diagram-view canvas")
        target = None
        for _ in range(12):
            self.js("arguments[0].scrollIntoView({block: 'center'})", canvas)
            self.driver.execute_async_script(NEXT_FRAME)
            target = self.js("""var v = document.getElementById('diagram-view'), d = v.drawing, f = d.frame(), r = f.rect;
            var data = JSON.parse(document.getElementById('report-data').textContent);
            for (var k = 0; k < d.last.edges.length; k++) {
              var e = d.last.edges[k], a = d.position(data.edges.from[e]), b = d.position(data.edges.to[e]);
              var x = r.left + ((a.x + b.x) / 2 - f.x0) / f.scale, y = r.top + ((a.y + b.y) / 2 - f.y0) / f.scale;
              if (x < r.left + 20 || x > r.right - 20 || y < r.top + 20 || y > r.bottom - 20) continue;
              // A click lands on a whole pixel, offset from the canvas's centre pixel (WebDriver's in-view centre):
              // the line must be found there and a pixel around it.
              x = Math.round(x); y = Math.round(y);
              var around = [[0, 0], [1, 0], [-1, 0], [0, 1], [0, -1]].every(function (o) { var hit = d.pick(x + o[0], y + o[1]); return hit && hit.edge === e; });
              if (around) return {edge: e, x: x - Math.floor(r.left + r.width / 2), y: y - Math.floor(r.top + r.height / 2),
                                                 ends: [data.nodes.id[data.edges.from[e]], data.nodes.id[data.edges.to[e]]]};
            }
            return null;""")
            if target:
                break
            self.js("""var v = document.getElementById('diagram-view'), d = v.drawing, f = d.frame(), h = d.home, far = 0, best = -1;
                var n = JSON.parse(document.getElementById('report-data').textContent).nodes.id.length;
                for (var i = 0; i < n; i++) {
                  var p = d.position(i), q = Math.hypot(p.x - h.x - h.w / 2, p.y - h.y - h.h / 2);
                  if (q > far) { far = q; best = i; }
                }
                var p = d.position(best), x = f.rect.left + (p.x - f.x0) / f.scale, y = f.rect.top + (p.y - f.y0) / f.scale;
                for (var k = 0; k < 3; k++) v.dispatchEvent(new WheelEvent('wheel', {deltaY: -100, clientX: x, clientY: y, bubbles: true, cancelable: true}));""")
        self.assertIsNotNone(target, "no line can be clicked in view")
        from selenium.webdriver.common.action_chains import ActionChains
        ActionChains(self.driver).move_to_element_with_offset(canvas, target["x"], target["y"]).click().perform()
        self.assertEqual(self.drawing_flags("edgeFlags", target["edge"]) & 1, 1)
        details = self.driver.find_element(By.ID, "details").text
        for end in target["ends"]:
            self.assertIn(end, details)
        WebDriverWait(self.driver, 5).until(lambda d: f"edge={target['edge']}" in d.execute_script("return location.hash")
                                            and "zoom=" in d.execute_script("return location.hash"))
        before = self.js("var f = document.getElementById('diagram-view').drawing.frame(); return [f.x0, f.y0, f.scale]")
        self.driver.refresh()
        WebDriverWait(self.driver, 120).until(lambda d: d.execute_script("return document.documentElement.getAttribute('data-ready')") == "true")
        self.driver.execute_async_script(NEXT_FRAME)
        self.assertEqual(self.drawing_flags("edgeFlags", target["edge"]) & 1, 1)
        after = self.js("var f = document.getElementById('diagram-view').drawing.frame(); return [f.x0, f.y0, f.scale]")
        for a, b in zip(before, after):
            self.assertAlmostEqual(a, b, delta=0.02 * max(1, abs(b)))
        self.assertEqual(severe_logs(self.driver), [])

    def drawing_flags(self, name, index):
        self.driver.execute_async_script(NEXT_FRAME)
        return self.js(f"return document.getElementById('diagram-view').drawing.{name}[{int(index)}]")

    def test_panning_frame_time(self):
        results = {}
        fit = self.driver.execute_async_script(PAN_SCRIPT)
        results["fit"] = fit
        # Closer in, until the canvas draws nodes rather than communities.
        for _ in range(12):
            if self.drawn()["mode"] == "nodes":
                break
            self.press("zoom-in")
        self.assertEqual(self.drawn()["mode"], "nodes")
        shown = len(self.drawn()["nodes"])
        close = self.driver.execute_async_script(PAN_SCRIPT)
        results["nodes"] = close
        self.shot("nodes")
        # In the largest community, drilled into: every one of its nodes and their lines drawn.
        self.press("zoom-fit")
        self.drawn()
        spot = self.js("var v = document.getElementById('diagram-view'), r = v.getBoundingClientRect(), s = v.drawing.spots[0]; return [r.left + s.x, r.top + s.y]")
        self.js("document.getElementById('diagram-view').dispatchEvent(new MouseEvent('click', {clientX: arguments[0], clientY: arguments[1], bubbles: true}))", *spot)
        largest = len(self.drawn()["nodes"])
        results["largest"] = self.driver.execute_async_script(PAN_SCRIPT)
        where = {"fit": "Fit", "nodes": f"{shown} nodes in view", "largest": f"the largest community ({largest} nodes)"}
        for name, run in results.items():
            self.assertGreaterEqual(len(run["frames"]), 50)
            print(f"\n{self.WIDTH} px, panning at {where[name]} ({run['mode']}): frame time "
                  f"median {percentile(run['frames'], 0.5):.1f} ms, 95th percentile {percentile(run['frames'], 0.95):.1f} ms, "
                  f"longest {max(run['frames']):.1f} ms; drawing median {percentile(run['draws'], 0.5):.1f} ms", file=sys.stderr)
            # Nodes are never drawn whole in a frame while the view is dragged: the last drawing moves, the next is
            # made a batch at a time (a whole drawing of the largest community's 10,000 lines took 0.17 s quiet). The
            # communities' view is cheap, and drawn whole a few times a second, also in a drag that crosses the
            # aggregation limit (2,000 nodes at 390 px: 1,768 in view with the margin, then fewer).
            self.assertEqual(run["nodesAtOnce"], 0, "a whole drawing of nodes in a frame while panning")
            # Speed is measured, not asserted, unless asked (a loaded machine slows every frame):
            # REPORT_TIMING_STRICT=1 asks for a median and a 95th percentile under 50 ms.
            if os.environ.get("REPORT_TIMING_STRICT"):
                self.assertLess(percentile(run["frames"], 0.5), 50)
                self.assertLess(percentile(run["frames"], 0.95), 50)


class LargeNetworkAt1280(LargeNetwork, unittest.TestCase):
    WIDTH, HEIGHT = 1280, 900


class LargeNetworkAt390(LargeNetwork, unittest.TestCase):
    WIDTH, HEIGHT = 390, 844


class LargeNetwork2000At1280(LargeNetwork, unittest.TestCase):
    WIDTH, HEIGHT = 1280, 900
    NODES = 2000
    SHOTS = "large-2000"


class LargeNetwork2000At390(LargeNetwork, unittest.TestCase):
    WIDTH, HEIGHT = 390, 844
    NODES = 2000
    SHOTS = "large-2000"


def two_mode_network(actors=900, meetings=300, seed=5):
    """A two-mode network large enough for the canvas (1,200 nodes): six blocs of actors, each meeting hosted by one
    actor of its bloc and attended by 4-9 more of it and one actor from elsewhere, dated 2000-2020; and 40 ties
    between actors (not drawn in two rows)."""
    import random
    chance = random.Random(seed)
    bloc = actors // 6
    people = [{"id": f"a{i}", "name": f"Member {i:04d}", "kind": "country" if i % 3 else "organisation"} for i in range(actors)]
    events = []
    for m in range(meetings):
        group = m % 6
        chosen = chance.sample(range(group * bloc, (group + 1) * bloc), chance.randint(5, 10))
        outsider = chance.randrange(actors)
        attends = [f"a{i}" for i in chosen[1:]] + ([f"a{outsider}"] if outsider not in chosen else [])
        events.append({"id": f"m{m}", "title": f"Meeting {m}", "start": f"{2000 + m % 21}-0{1 + m % 9}-15",
                       "hosts": [f"a{chosen[0]}"], "attends": attends})
    ties = []
    while len(ties) < 40:
        a, b = chance.sample(range(actors), 2)
        if (a, b) not in {(t["from"], t["to"]) for t in ties}:
            ties.append({"from": f"a{a}", "to": f"a{b}", "relation": "memberOf"})
    return {"name": "Blocs", "actors": people, "meetings": events, "ties": ties}


def crossings(lines):
    """Pairs of lines (x above, x below) that cross: one end left of the other's and the other end right of it.
    Sorted by the upper end, crossings are the strict inversions of the lower ends (Fenwick tree, O(L log L))."""
    lines = sorted(lines)
    ranks = {value: rank for rank, value in enumerate(sorted({lower for _, lower in lines}), start=1)}
    tree, count, seen = [0] * (len(ranks) + 1), 0, 0
    for _, lower in lines:
        rank, at_most = ranks[lower], 0
        index = rank
        while index > 0:
            at_most += tree[index]
            index -= index & -index
        count += seen - at_most
        seen += 1
        index = rank
        while index <= len(ranks):
            tree[index] += 1
            index += index & -index
    return count


class LargeTwoRows(DrawingControls, PageAtWidth):
    """The two-row view on a canvas page (a two-mode network of 1,200 nodes): the order of `partnet render
    --layout bipartite`, ties hidden, culling when zoomed in, search and the ego filter, the reload."""
    SHOTS = "two-rows"

    @classmethod
    def setUpClass(cls):
        cls.data = two_mode_network()
        cls.ids = [actor["id"] for actor in cls.data["actors"]] + [meeting["id"] for meeting in cls.data["meetings"]]
        cls.directory = tempfile.mkdtemp(prefix="report-rows-")
        cls.addClassCleanup(shutil.rmtree, cls.directory, True)
        cls.source = os.path.join(cls.directory, "blocs.yaml")
        with open(cls.source, "w", encoding="utf-8") as handle:
            yaml.safe_dump(cls.data, handle)
        cls.path = os.path.join(cls.directory, "blocs.html")
        write_report(cls.source, cls.path)
        cls.tool = two_row_order(cls.source)
        cls.driver = browser(cls.WIDTH, cls.HEIGHT)
        cls.driver.set_script_timeout(60)

    def drawing(self, script):
        self.driver.execute_async_script(NEXT_FRAME)
        return self.js("var v = document.getElementById('diagram-view'), d = v.drawing; " + script)

    def rows(self):
        control = self.driver.find_element(By.ID, "layout")
        self.assertTrue(control.is_displayed())
        self.js("arguments[0].scrollIntoView({block: 'center'})", control)
        Select(control).select_by_value("rows")
        self.js("document.getElementById('diagram-view').scrollIntoView({block: 'start'})")

    def places(self):
        return self.drawing("return JSON.parse(document.getElementById('report-data').textContent).nodes.id.map(function (_, i) { var p = d.position(i); return [p.x, p.y]; })")

    def test_two_rows_in_the_tools_order_with_ties_hidden(self):
        self.assertEqual(self.drawing("return v.querySelectorAll('svg').length"), 0)
        self.rows()
        places = dict(zip(self.ids, self.places()))
        actor_ids = [actor["id"] for actor in self.data["actors"]]
        meeting_ids = [meeting["id"] for meeting in self.data["meetings"]]
        self.assertLess(max(places[a][1] for a in actor_ids), min(places[m][1] for m in meeting_ids))
        actors = sorted(actor_ids, key=lambda i: places[i][0])
        meetings = sorted(meeting_ids, key=lambda i: places[i][0])
        self.assertEqual([i for i in actors if i in self.tool], [i for i in self.tool if i in set(actor_ids)])
        self.assertEqual([i for i in meetings if i in self.tool], [i for i in self.tool if i in set(meeting_ids)])
        # The status gives the crossings of the participations as drawn.
        pairs = {(a, m["id"]) for m in self.data["meetings"] for role in ROLES for a in members(m, role)}
        drawn = crossings([(places[a][0], places[m][0]) for a, m in pairs])
        self.assertIn(f"; {drawn} crossing", self.driver.find_element(By.ID, "layout-status").text)
        # At Fit every node and every participation is drawn (no communities), no tie.
        self.press("zoom-fit")
        fit = self.drawing("return {mode: v.getAttribute('data-mode'), nodes: d.last.nodes.length, edges: d.last.edges.slice(), ties: JSON.parse(document.getElementById('report-data').textContent).edges.tie}")
        self.assertEqual(fit["mode"], "nodes")
        self.assertEqual(fit["nodes"], len(self.ids))
        self.assertEqual(len(fit["edges"]), len(pairs))
        self.assertFalse(any(fit["ties"][e] == "1" for e in fit["edges"]))
        self.assertEqual(fit["ties"].count("1"), len(self.data["ties"]))
        self.shot("rows-fit")
        self.assertEqual(severe_logs(self.driver), [])
        self.assertLessEqual(self.js("return document.documentElement.scrollWidth"), self.WIDTH)

    def test_fit_draws_every_shape_and_label_whole_inside_the_frame(self):
        # Fit draws nodes here (1,200, fewer than the aggregation limit), in the network's layout and in two rows:
        # every shape and every label drawn lies whole inside the canvas.
        for layout in ("network", "rows"):
            if layout == "rows":
                self.rows()
            self.press("zoom-fit")
            self.driver.execute_async_script(NEXT_FRAME)
            seen = self.js(CANVAS_SEEN)
            self.assertEqual(seen["mode"], "nodes")
            self.assertEqual(len(seen["circles"]), len(self.ids))
            self.assertEqual(outside(circle_boxes(seen["circles"]), seen["width"], seen["height"]), [], f"a shape cut by the frame at Fit ({layout})")
            self.assertTrue(seen["labels"], f"no label at Fit ({layout})")
            self.assertEqual(outside(seen["labels"], seen["width"], seen["height"]), [], f"a label cut by the frame at Fit ({layout})")
            self.shot(f"{layout}-fit-frame")

    def test_culling_draws_what_is_in_view(self):
        self.rows()
        # The wheel, over the first actor of the row, zooms in about 4x around it.
        first = self.ids.index(self.tool[0]) if self.tool[0] in self.ids else 0
        point = self.drawing(f"var f = d.frame(), p = d.position({first}); return [f.rect.left + (p.x - f.x0) / f.scale, f.rect.top + (p.y - f.y0) / f.scale]")
        for _ in range(10):
            self.js("document.getElementById('diagram-view').dispatchEvent(new WheelEvent('wheel', {deltaY: -100, clientX: arguments[0], clientY: arguments[1], bubbles: true, cancelable: true}))", *point)
        seen = self.drawing("var f = d.frame(); return {view: [f.x0, f.y0, f.x1, f.y1, f.scale], nodes: d.last.nodes.slice(), edges: d.last.edges.length}")
        x0, y0, x1, y1, scale = seen["view"]
        margin = 20 * scale
        places = self.places()
        inside = {i for i, (x, y) in enumerate(places) if x0 <= x <= x1 and y0 <= y <= y1}
        self.assertTrue(inside)
        self.assertLess(len(seen["nodes"]), len(places))
        self.assertTrue(inside <= set(seen["nodes"]))
        self.assertTrue(all(x0 - margin <= places[i][0] <= x1 + margin and y0 - margin <= places[i][1] <= y1 + margin for i in seen["nodes"]))
        self.shot("rows-zoomed")

    def test_search_and_the_ego_filter_in_two_rows(self):
        self.rows()
        # The actor with the most meetings.
        count = {}
        for meeting in self.data["meetings"]:
            for role in ROLES:
                for actor in members(meeting, role):
                    count[actor] = count.get(actor, 0) + 1
        actor = max(count, key=lambda a: (count[a], a))
        name = next(a["name"] for a in self.data["actors"] if a["id"] == actor)
        search = self.driver.find_element(By.ID, "search")
        self.js("arguments[0].scrollIntoView({block: 'center'})", search)
        search.send_keys(name)
        self.assertEqual([b.text for b in self.driver.find_elements(By.CSS_SELECTOR, "#search-results button")], [name])
        search.send_keys(Keys.ENTER)
        self.assertIn(name, self.driver.find_element(By.CSS_SELECTOR, "#details h3").text)
        index = self.ids.index(actor)
        where = self.drawing("var f = d.frame(), p = d.position(arguments[0]); return [p.x >= f.x0 && p.x <= f.x1 && p.y >= f.y0 && p.y <= f.y1, d.nodeFlags[arguments[0]]]".replace("arguments[0]", str(index)))
        self.assertTrue(where[0], "the found node is out of view")
        self.assertTrue(where[1] & 1, "the found node is not selected")
        focus = self.driver.find_element(By.ID, "focus")
        self.js("arguments[0].scrollIntoView({block: 'center'})", focus)
        Select(focus).select_by_value("1")
        expected = within(self.data, [actor], 1)
        self.assertIn(f"Neighbourhood: {len(expected)} nodes within 1 step of {name}", self.driver.find_element(By.ID, "focus-status").text)
        shown = self.drawing("return d.last.nodes.filter(function (i) { return !d.nodeFaded[i]; })")
        self.assertEqual({self.ids[i] for i in shown}, expected)
        self.assertEqual(self.drawing("return v.getAttribute('data-drawing')"), "rows")
        self.shot("rows-ego")

    def test_two_rows_survive_a_reload_and_go_back(self):
        self.rows()
        before = self.places()
        WebDriverWait(self.driver, 5).until(lambda d: "drawing=rows" in d.execute_script("return location.hash"))
        self.driver.refresh()
        WebDriverWait(self.driver, 60).until(lambda d: d.execute_script("return document.documentElement.getAttribute('data-ready')") == "true")
        self.assertEqual(self.js("return document.getElementById('layout').value"), "rows")
        self.assertEqual(self.places(), before)
        Select(self.driver.find_element(By.ID, "layout")).select_by_value("network")
        canvas = self.js("var c = JSON.parse(document.getElementById('report-data').textContent).canvas; return c.x.map(function (x, i) { return [x, c.y[i]]; })")
        self.assertEqual(self.places(), canvas)
        self.assertEqual(self.driver.find_element(By.ID, "layout-status").get_attribute("textContent"), "")
        self.assertEqual(severe_logs(self.driver), [])



class LargeTwoRowsAt1280(LargeTwoRows, unittest.TestCase):
    WIDTH, HEIGHT = 1280, 900


class LargeTwoRowsAt390(LargeTwoRows, unittest.TestCase):
    WIDTH, HEIGHT = 390, 844


class HostileReport(unittest.TestCase):
    def test_hostile_names_stay_text(self):
        directory = tempfile.mkdtemp(prefix="report-hostile-")
        self.addCleanup(shutil.rmtree, directory, True)
        source = os.path.join(directory, "hostile.yaml")
        evil = "</script><script>window.pwned=1</script><img src=x onerror=window.pwned=2>"
        network = {
            "name": "Hostile </title><script>window.pwned=3</script>",
            "actors": [{"id": "EVIL", "name": evil, "kind": "country", "region": "<b>x</b>",
                        "source": "javascript:window.pwned=6"},
                       {"id": "B", "name": "Benign", "kind": "country", "source": "https://example.org/page?a=\"><b>x"}],
            "meetings": [{"id": "m1", "title": "<svg onload=window.pwned=4>", "start": "2020-01-02",
                          "hosts": ["EVIL"], "attends": ["B"], "source": "</script><script>window.pwned=5</script>"}],
        }
        with open(source, "w", encoding="utf-8") as handle:
            yaml.safe_dump(network, handle, allow_unicode=True)
        output = os.path.join(directory, "hostile.html")
        write_report(source, output)
        driver = browser(1280, 900)
        try:
            open_page(driver, output)
            self.assertIsNone(driver.execute_script("return window.pwned"))
            self.assertEqual(len(driver.find_elements(By.TAG_NAME, "script")), 2)
            self.assertEqual(len(driver.find_elements(By.CSS_SELECTOR, "img")), 0)
            driver.find_element(By.ID, "search").send_keys("window.pwned=1")
            results = [button.text for button in driver.find_elements(By.CSS_SELECTOR, "#search-results button")]
            self.assertEqual(results, [evil])
            driver.find_element(By.CSS_SELECTOR, "#search-results button").click()
            self.assertIn(evil, driver.find_element(By.ID, "details").text)
            # A source that is not a web address stays text; a web address becomes a link, quotes and all.
            self.assertEqual(driver.find_elements(By.CSS_SELECTOR, "#details blockquote a"), [])
            self.assertIn("javascript:window.pwned=6", driver.find_element(By.ID, "details").text)
            search = driver.find_element(By.ID, "search")
            search.clear()
            search.send_keys("Benign", Keys.ENTER)
            link = driver.find_element(By.CSS_SELECTOR, "#details blockquote a")
            self.assertEqual(link.get_attribute("href"), "https://example.org/page?a=%22%3E%3Cb%3Ex")
            self.assertIsNone(driver.execute_script("return window.pwned"))
            self.assertEqual(severe_logs(driver), [])
        finally:
            driver.quit()


class ReviewQueue(unittest.TestCase):
    """A draft from `partnet extract`: the report lists its facts to check, with their sentences, in the interactive
    and the static page, at 1280 and 390 px. Expected items come from the draft's file (its `review` attributes,
    `confidence` below the review threshold `partnet extract --help` gives as --review-below's default, and notes
    starting "review: ")."""

    TEXT = ("A regional workshop on border data was held in Maseru, hosted by Lesotho, and attended by the QWZX secretariat.\n\n"
            "On 4 May 2021 the senior officials met in Gaborone; the meeting was attended by Zambia and Malawi.\n")

    @classmethod
    def setUpClass(cls):
        cls.directory = tempfile.mkdtemp(prefix="report-review-")
        cls.addClassCleanup(shutil.rmtree, cls.directory, True)
        text = os.path.join(cls.directory, "draft.txt")
        with open(text, "w", encoding="utf-8") as handle:
            handle.write(cls.TEXT)
        cls.draft = os.path.join(cls.directory, "draft.yaml")
        subprocess.run([OPTIONS["partnet"], "extract", text, "-o", cls.draft], capture_output=True, text=True, check=True)
        with open(cls.draft, encoding="utf-8") as handle:
            data = yaml.safe_load(handle)
        help_text = subprocess.run([OPTIONS["partnet"], "extract", "--help"], capture_output=True, text=True, check=True).stdout
        threshold = float(help_text.split("--review-below <x>", 1)[1].split("(default: ", 1)[1].split(")", 1)[0])
        cls.expected = 0
        for node in (data.get("actors") or []) + (data.get("meetings") or []):
            attributes = node.get("attributes") or {}
            confidence = float(attributes["confidence"]) if "confidence" in attributes else None
            if "review" in attributes or (confidence is not None and confidence < threshold):
                cls.expected += 1
        cls.expected += sum(1 for note in data.get("notes") or [] if note.startswith("review: "))
        cls.pages = {}
        for name, extra in [("interactive", []), ("static", ["--static"])]:
            cls.pages[name] = os.path.join(cls.directory, f"draft-{name}.html")
            write_report(cls.draft, cls.pages[name], *extra)

    def test_the_review_section_lists_the_drafts_facts_to_check_at_both_widths(self):
        self.assertGreater(self.expected, 0, "the draft should have something to check (an undated meeting, an unknown acronym)")
        for width, height in [(1280, 900), (390, 844)]:
            driver = browser(width, height)
            try:
                for name, path in self.pages.items():
                    if name == "interactive":
                        open_page(driver, path)
                        link = driver.find_element(By.CSS_SELECTOR, 'a[href="#review"]')
                        self.assertEqual(link.text, "To check")
                    else:
                        driver.get("file://" + path)
                    items = driver.find_elements(By.CSS_SELECTOR, "#review li")
                    self.assertEqual(len(items), self.expected, name)
                    text = driver.find_element(By.ID, "review").text
                    self.assertIn("QWZX", text, name)
                    self.assertIn("no date found", text, name)
                    # Each fact quotes the sentence it was read from.
                    self.assertIn("hosted by Lesotho", text, name)
                    driver.execute_script("document.getElementById('review').scrollIntoView()")
                    self.assertTrue(driver.find_element(By.ID, "review").is_displayed())
                    # The list wraps its sentences: nothing in it is wider than the screen (the static page, made for
                    # print, may have wider tables elsewhere; the interactive page as a whole fits).
                    widest = driver.execute_script(
                        "return Math.max(...Array.from(document.querySelectorAll('#review, #review li, #review q')).map(e => e.getBoundingClientRect().right))")
                    self.assertLessEqual(widest, width, f"{name} at {width}")
                    if name == "interactive":
                        self.assertLessEqual(driver.execute_script("return document.documentElement.scrollWidth"), width, f"{name} at {width}")
                    self.assertEqual(severe_logs(driver), [], name)
            finally:
                driver.quit()

    def test_a_network_that_is_no_draft_has_no_review_section(self):
        path = os.path.join(self.directory, "rabat.html")
        write_report(RABAT, path)
        with open(path, encoding="utf-8") as handle:
            page = handle.read()
        self.assertNotIn('id="review"', page)
        self.assertNotIn('href="#review"', page)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--partnet", default=os.environ.get("PARTNET", OPTIONS["partnet"]))
    parser.add_argument("--shots", default=os.environ.get("REPORT_SHOTS", OPTIONS["shots"]))
    arguments, rest = parser.parse_known_args()
    OPTIONS.update(partnet=os.path.abspath(arguments.partnet), shots=os.path.abspath(arguments.shots))
    result = unittest.main(argv=[sys.argv[0], "-v", *rest], exit=False).result
    sys.exit(0 if result.wasSuccessful() else 1)
