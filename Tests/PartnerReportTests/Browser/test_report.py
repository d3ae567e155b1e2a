#!/usr/bin/env python3
"""Drives the interactive report in headless Chromium (Selenium): search, year slider, node and edge clicks,
colour schemes, table sorting and filtering, phone width, and a hostile data set.

Usage: python3 Tests/PartnerReportTests/Browser/test_report.py [--partnet PATH] [--shots DIR]
Expected values come from the network file itself (read with PyYAML), never from the page's own data.
Exits non-zero when any check fails.
"""
import argparse
import datetime
import os
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


class HostileReport(unittest.TestCase):
    def test_hostile_names_stay_text(self):
        directory = tempfile.mkdtemp(prefix="report-hostile-")
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


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--partnet", default=os.environ.get("PARTNET", OPTIONS["partnet"]))
    parser.add_argument("--shots", default=os.environ.get("REPORT_SHOTS", OPTIONS["shots"]))
    arguments, rest = parser.parse_known_args()
    OPTIONS.update(partnet=os.path.abspath(arguments.partnet), shots=os.path.abspath(arguments.shots))
    result = unittest.main(argv=[sys.argv[0], "-v", *rest], exit=False).result
    sys.exit(0 if result.wasSuccessful() else 1)
