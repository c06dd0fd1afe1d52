/// The HTML report's own style sheet and script, inline so that the file
/// works alone and offline. The serializer writes them raw: neither may hold
/// `</style` or `</script`.
enum HTMLReportAssets {
    static let style: StaticString = """
    :root { --error: #c62828; --warning: #b26a00; --info: #1565c0; --ok: #2e7d32; --drift: #ef6c00;
            --machine: #6a1b9a; --line: #d0d4da; --muted: #5f6670; color-scheme: light; }
    body { font: 15px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 72rem; padding: 0 1rem 2rem; color: #1d2228; }
    header { border-bottom: 1px solid var(--line); margin-bottom: 1rem; }
    h1 { margin: 1rem 0 .25rem; font-size: 1.6rem; }
    h2 { font-size: 1.25rem; margin: 1.5rem 0 .5rem; }
    h3 { font-size: 1.05rem; margin: 0 0 .5rem; overflow-wrap: anywhere; }
    h4 { font-size: .95rem; margin: .5rem 0 .25rem; font-weight: 600; display: flex; gap: .5rem; flex-wrap: wrap; }
    #scope, footer, .place, .count, h4 code { color: var(--muted); }
    table { border-collapse: collapse; width: 100%; }
    th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--line); vertical-align: middle; white-space: nowrap; }
    td.number { text-align: right; font-variant-numeric: tabular-nums; }
    td:last-child { white-space: normal; }
    svg.bar { vertical-align: middle; margin-right: .4rem; }
    .figure { font-size: .85rem; }
    rect.track { fill: #eceff3; }
    rect.coverage { fill: var(--ok); } rect.drift { fill: var(--drift); } rect.machine { fill: var(--machine); }
    rect.error { fill: var(--error); } rect.warning { fill: var(--warning); } rect.info { fill: var(--info); }
    form { display: grid; grid-template-columns: auto auto 1fr; gap: .75rem; margin: 1.5rem 0; align-items: start; }
    fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 0; }
    fieldset label { display: inline-block; margin: 0 .75rem .25rem 0; white-space: nowrap; }
    #shown { grid-column: 1 / -1; margin: 0; color: var(--muted); }
    section.article { border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; margin: .75rem 0; }
    .tag { background: #eceff3; border-radius: 4px; padding: 0 .4rem; }
    ol { list-style: none; margin: 0; padding: 0; }
    li.finding { border-left: 4px solid var(--line); padding: .25rem .75rem; margin: .5rem 0; }
    li.error { border-color: var(--error); } li.warning { border-color: var(--warning); } li.info { border-color: var(--info); }
    .head { margin: 0; display: flex; gap: .6rem; flex-wrap: wrap; align-items: baseline; }
    .severity { font-weight: 600; text-transform: uppercase; font-size: .75rem; letter-spacing: .03em; }
    li.error .severity { color: var(--error); } li.warning .severity { color: var(--warning); } li.info .severity { color: var(--info); }
    .place { font-size: .85rem; overflow-wrap: anywhere; }
    .message { margin: .2rem 0; overflow-wrap: anywhere; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .75rem; margin: .3rem 0; font-size: .92rem; }
    dt { color: var(--muted); }
    dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; unicode-bidi: isolate; }
    del { background: #ffd7d5; text-decoration: line-through; }
    ins { background: #ccf0d2; text-decoration: none; }
    [hidden] { display: none !important; }
    """

    /// Reads the filters from the URL fragment, shows the findings they
    /// select, hides articles and locales left with none, and writes the
    /// filters back into the fragment as they change.
    static let script: StaticString = """
    (function () {
      "use strict";
      var form = document.getElementById("filters");
      var findings = Array.prototype.slice.call(document.querySelectorAll("li.finding"));
      var names = ["severity", "locale", "rule"];
      function boxes(name) {
        return Array.prototype.slice.call(form.querySelectorAll("input[name=" + name + "]"));
      }
      function readFragment() {
        var params = new URLSearchParams(location.hash.slice(1));
        names.forEach(function (name) {
          if (!params.has(name)) { return; }
          var wanted = params.get(name).split(",");
          boxes(name).forEach(function (box) { box.checked = wanted.indexOf(box.value) >= 0; });
        });
      }
      function writeFragment() {
        var params = new URLSearchParams();
        names.forEach(function (name) {
          var all = boxes(name);
          var chosen = all.filter(function (box) { return box.checked; });
          if (chosen.length < all.length) {
            params.set(name, chosen.map(function (box) { return box.value; }).join(","));
          }
        });
        history.replaceState(null, "", "#" + params.toString().replace(/%2C/g, ","));
      }
      function apply() {
        var chosen = {};
        names.forEach(function (name) {
          chosen[name] = new Set(boxes(name).filter(function (box) { return box.checked; })
            .map(function (box) { return box.value; }));
        });
        var shown = 0;
        findings.forEach(function (finding) {
          var visible = names.every(function (name) { return chosen[name].has(finding.dataset[name]); });
          finding.hidden = !visible;
          if (visible) { shown += 1; }
        });
        document.querySelectorAll("section.locale, section.article").forEach(function (section) {
          section.hidden = section.querySelector("li.finding:not([hidden])") === null;
        });
        document.getElementById("shown").textContent =
          "Showing " + shown + " of " + findings.length + " findings.";
      }
      form.addEventListener("change", function () { apply(); writeFragment(); });
      window.addEventListener("hashchange", function () { readFragment(); apply(); });
      form.hidden = false;
      readFragment();
      apply();
    })();
    """
}
