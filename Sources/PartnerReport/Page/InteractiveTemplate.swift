/// The interactive report page: one self-contained HTML file whose style and script are inline and written
/// here (nothing is fetched from elsewhere).
///
/// Mustache (swift-mustache) fills it: `{{x}}` is escaped for HTML; `{{{x}}}` is text we made ourselves:
/// the style, the script, the Graphviz SVG and the data block, whose `<`, `>` and `&` are escaped
/// (``PageText/scriptSafe(json:)``), so no name in the data can close the script element.
enum InteractiveTemplate {
    static let page = #"""
        {{> head}}
        <style>
        {{{style}}}
        {{{lineStyleCSS}}}
        </style>
        </head>
        <body>
        <a class="skip" href="#explore">Skip to the network</a>
        {{> header}}
        <nav aria-label="Sections">
          <a href="#summary">Summary</a><a href="#explore">Network</a><a href="#actors">Actors</a><a href="#pairs">Pairs</a><a href="#heatmap">Heat map</a><a href="#timeline">Timeline</a><a href="#changes">Ties over time</a><a href="#groups">Groups</a>{{#hasReview}}<a href="#review">To check</a>{{/hasReview}}{{#hasNotes}}<a href="#notes">Notes</a>{{/hasNotes}}
        </nav>
        <main>
        {{> summary}}

        {{> exploreSection}}

        {{> actorsSection}}

        {{> pairsSection}}

        {{> heatMapSection}}

        {{> timelineSection}}

        {{> changesSection}}

        {{> groupsSection}}

        {{> review}}
        {{> notes}}

        <footer>Made by {{generator}} from {{file}}. Every meeting and tie in the data can carry the sentence of its source: click it to read it. This page works offline; <code>partnet report --static</code> writes a version for print.</footer>
        </main>
        <script type="application/json" id="report-data">{{{data}}}</script>
        <script>
        {{{script}}}
        </script>
        </body>
        </html>
        """#

    /// The page's sections, each a partial of its own (`{{> actorsSection}}`): Mustache's parser measures the rest of
    /// the template at every tag, so a page parsed in pieces is parsed in a fraction of the time.
    static let sections = [
        "exploreSection": exploreSection,
        "actorsSection": actorsSection,
        "pairsSection": pairsSection,
        "heatMapSection": heatMapSection,
        "timelineSection": timelineSection,
        "changesSection": changesSection,
        "groupsSection": groupsSection,
        "tableNeedsScript": tableNeedsScript,
    ]

    /// Said where a table's rows would be when the browser runs no script: the script builds the actors' and
    /// the pairs' rows, and the heat map's cells, from the page's data (see ``ReportData``).
    static let tableNeedsScript = #"""
        <noscript><p class="note">This table is filled by the page's script. <code>partnet report --static</code> writes a page whose tables need no script.</p></noscript>

        """#

    /// The drawing with its controls, details panel and legend.
    static let exploreSection = #"""
        <section id="explore" aria-labelledby="explore-title">
          <h2 id="explore-title">The network</h2>
          <p class="explain">{{networkText}} Drag to move, scroll or pinch to zoom (or use the buttons and the keys + − 0 and arrows when the drawing has focus). Click a shape or a line for its facts and sources.</p>
          <div class="controls" role="group" aria-label="Diagram controls">
            <div class="control search">
              <label for="search">Search</label>
              <input id="search" type="search" placeholder="Name, id, city or title" autocomplete="off" aria-describedby="search-status" aria-controls="search-results">
            </div>
            <div class="control">
              <label for="color-by">Colour by</label>
              <select id="color-by"><option value="0">kind</option><option value="1">region</option><option value="2">group</option></select>
            </div>
            {{#hasYears}}
            <div class="control years">
              <label for="year">Year: <output id="year-label" for="year">all</output></label>
              <input id="year" type="range" min="{{yearMin}}" max="{{yearMax}}" step="1" value="{{yearMax}}" aria-describedby="year-status">
              <select id="year-mode" aria-label="Which years to show">
                <option value="all">all years</option><option value="upto">up to that year</option><option value="only">that year only</option>
              </select>
            </div>
            {{/hasYears}}
            <div class="control">
              <label for="focus">Neighbourhood</label>
              <select id="focus" aria-describedby="focus-status">
                <option value="0">whole network</option><option value="1">1 step from the selection</option><option value="2">2 steps</option><option value="3">3 steps</option>
              </select>
            </div>
            <div class="control" id="layout-control" hidden>
              <label for="layout">Drawing</label>
              <select id="layout" aria-describedby="layout-status">
                <option value="network">network</option><option value="rows">two rows: actors, meetings</option>
              </select>
            </div>
            <div class="control zoom" role="group" aria-label="Zoom">
              <button type="button" id="zoom-in" aria-label="Zoom in">+</button>
              <button type="button" id="zoom-out" aria-label="Zoom out">−</button>
              <button type="button" id="zoom-fit">Fit</button>
              <button type="button" id="share" title="The address of this page keeps the view: selection, year, colour, neighbourhood and zoom">Copy link</button>
            </div>
          </div>
          <p id="search-status" class="status" aria-live="polite"></p>
          <ul id="search-results" class="results" aria-label="Search results"></ul>
          <p id="year-status" class="status" aria-live="polite"></p>
          <p id="focus-status" class="status" aria-live="polite"></p>
          <p id="layout-status" class="status" aria-live="polite"></p>
          <p id="drawing-status" class="status" aria-live="polite"></p>
          <div class="explore">
            <div class="diagram-box">
              {{#hasDiagram}}<div id="diagram-view" class="diagram" tabindex="0" role="application" aria-label="Network diagram: arrows move, + and − zoom, 0 fits">{{{diagramSVG}}}</div>{{/hasDiagram}}
              {{#diagramNote}}<p class="note">{{diagramNote}}</p>{{/diagramNote}}
              <div id="tooltip" class="tooltip" hidden></div>
            </div>
            <aside id="details" class="details" aria-live="polite" aria-label="Details">
              <h3>Details</h3>
              <p class="muted">Click a shape or a line in the drawing, a search result, a table row or a meeting in the timeline.</p>
            </aside>
          </div>
          <div id="legend" class="legend" aria-label="Legend"></div>
        </section>

        """#

    /// Every actor's figures, sortable and filtered.
    static let actorsSection = #"""
        <section id="actors">
          <h2>Actors</h2>
          <p class="explain"><b>Meetings</b> counts the distinct meetings an actor took part in, in any role; <b>partners</b> the different actors it met (<b>repeated</b>: met at two meetings or more). <b>Broker score</b> (betweenness) is high for actors who connect groups that would otherwise not meet; <b>eigenvector</b> is high for actors who meet other well-connected actors (unit length over all actors, as <code>partnet centrality --on projection</code> prints it). Both are the unweighted figures of the actor projection. Click a column to sort; type to filter.</p>
          <div class="table-tools"><label for="actors-filter">Filter</label> <input id="actors-filter" class="filter" type="search" data-table="actors-table" placeholder="e.g. Africa, organisation"> <span class="count" id="actors-table-count"></span></div>
          {{#actorsNote}}<p class="note">{{actorsNote}}</p>{{/actorsNote}}
          {{> tableNeedsScript}}
          <div class="scroll">
          <table id="actors-table" class="sortable">
            <thead><tr><th scope="col"><button type="button">Actor</button></th><th scope="col"><button type="button">Kind</button></th><th scope="col"><button type="button">Region</button></th><th scope="col" class="num"><button type="button" data-type="number">Group</button></th><th scope="col" class="num"><button type="button" data-type="number">Meetings</button></th><th scope="col" class="num"><button type="button" data-type="number">Hosted</button></th><th scope="col" class="num"><button type="button" data-type="number">Co-chaired</button></th><th scope="col" class="num"><button type="button" data-type="number">Attended</button></th><th scope="col" class="num"><button type="button" data-type="number">Organised</button></th><th scope="col" class="num"><button type="button" data-type="number">Partners</button></th><th scope="col" class="num"><button type="button" data-type="number">Repeated</button></th><th scope="col" class="num"><button type="button" data-type="number">First</button></th><th scope="col" class="num"><button type="button" data-type="number">Last</button></th><th scope="col" class="num"><button type="button" data-type="number">Broker score</button></th><th scope="col" class="num"><button type="button" data-type="number">Eigenvector</button></th></tr></thead>
            <tbody></tbody>
          </table>
          </div>
        </section>

        """#

    /// Every pair of actors sharing meetings, with their figures, the backbone switch and the meetings that make each tie.
    static let pairsSection = #"""
        <section id="pairs">
          <h2>Pairs</h2>
          <p class="explain"><b>Shared</b> is the number of meetings both attended in any role; <b>overlap</b> (Jaccard) divides it by the meetings either attended, from 0 (never together) to 1 (always together); <b>affinity</b> (lift) is above 1 when a pair meets more often than their activity alone would predict. Click a pair's meetings to list them with each actor's role, the dates and the sources (<code>partnet cooccurrence FILE --meetings</code> gives the same lists).</p>
          <p class="explain">{{pairTest}}</p>
          <div class="table-tools"><label for="pairs-filter">Filter</label> <input id="pairs-filter" class="filter" type="search" data-table="pairs-table" placeholder="e.g. Nigeria">{{#hasBackbone}} <label class="check"><input type="checkbox" id="pairs-backbone" data-table="pairs-table"> Backbone: only the {{backboneCount}} pairs more than chance</label>{{/hasBackbone}} <span class="count" id="pairs-table-count"></span></div>
          {{#pairsNote}}<p class="note">{{pairsNote}}</p>{{/pairsNote}}
          {{> tableNeedsScript}}
          <div class="scroll">
          <table id="pairs-table" class="sortable">
            <thead><tr><th scope="col"><button type="button">Actor</button></th><th scope="col"><button type="button">Actor</button></th><th scope="col" class="num"><button type="button" data-type="number">Shared</button></th><th scope="col" class="num"><button type="button" data-type="number">Overlap</button></th><th scope="col" class="num"><button type="button" data-type="number">Affinity</button></th><th scope="col" class="num"><button type="button" data-type="number">p</button></th><th scope="col"><button type="button" data-type="number">Chance</button></th><th scope="col"><button type="button">Meetings</button></th></tr></thead>
            <tbody></tbody>
          </table>
          </div>
        </section>

        """#

    /// Meetings shared among the most active actors.
    static let heatMapSection = #"""
        <section id="heatmap">
          <h2>Heat map</h2>
          <p class="explain">Meetings shared by each pair of the most active actors. The colour means one thing everywhere: the number of meetings both took part in, from white (none) to dark blue ({{heatMaximum}}). On the outlined diagonal an actor is paired with itself, so its cell is the actor's own number of meetings, on the same scale. Click a cell to list the meetings it counts.</p>
          {{#hasHeat}}
          <div class="heat-scale" aria-hidden="true"><span>0</span><span class="ramp"></span><span>{{heatMaximum}}</span></div>
          <div class="scroll">
          <table class="heat">
            <thead><tr><th></th></tr></thead>
            <tbody></tbody>
          </table>
          </div>
          {{> tableNeedsScript}}
          {{/hasHeat}}
          {{^hasHeat}}<p class="note">No actor took part in a meeting.</p>{{/hasHeat}}
        </section>

        """#

    /// Meetings year by year.
    static let timelineSection = #"""
        <section id="timeline">
          <h2>Timeline</h2>
          <p class="explain">Meetings year by year, with the number of actors active that year and how many were new. Click a meeting to find it in the drawing.</p>
          <ol class="timeline">
            {{#timeline}}<li id="{{anchor}}" class="year" data-year="{{year}}"><div class="year-head"><span class="year-name">{{year}}</span><span class="track" aria-hidden="true"><span class="bar" style="width:{{barWidth}}%"></span></span><span class="muted">{{figures}}</span></div>
              <ul>{{#meetings}}<li><button type="button" class="meeting" data-node="{{node}}"><span class="date">{{date}}</span> <span class="place">{{place}}</span> <span class="title">{{title}}</span></button></li>{{/meetings}}</ul>{{#more}}<p class="note">{{more}}</p>{{/more}}
            </li>
            {{/timeline}}
          </ol>
        </section>

        """#

    /// How the ties changed from year to year, and the ties that lasted.
    static let changesSection = #"""
        <section id="changes">
          <h2>Ties over time</h2>
          <p class="explain">Each year against the year before: the pairs of actors sharing a meeting that year (<b>ties</b>), those <b>formed</b> (not there the year before), <b>persisting</b> and <b>dissolved</b>; <b>persistence</b> is the share of the two years' ties present in both (the Jaccard index, from 0 to 1). <b>New</b> actors take part for the first time; <b>left</b> counts the actors of the year before who never come back. <code>partnet stats FILE --by period --changes</code> gives the same table.</p>
          {{#changes.hasWindows}}
          <div class="scroll">
          <table class="sortable" id="changes-table">
            <thead><tr><th scope="col"><button type="button">Year</button></th><th scope="col" class="num"><button type="button" data-type="number">Actors</button></th><th scope="col" class="num"><button type="button" data-type="number">New</button></th><th scope="col" class="num"><button type="button" data-type="number">Left</button></th><th scope="col" class="num"><button type="button" data-type="number">Ties</button></th><th scope="col" class="num"><button type="button" data-type="number">Formed</button></th><th scope="col" class="num"><button type="button" data-type="number">Persisting</button></th><th scope="col" class="num"><button type="button" data-type="number">Dissolved</button></th><th scope="col" class="num"><button type="button" data-type="number">Persistence</button></th></tr></thead>
            <tbody>
            {{#changes.windows}}<tr><td>{{years}}</td><td class="num" data-value="{{actors}}">{{actors}}</td><td class="num" data-value="{{newcomers}}">{{newcomers}}</td><td class="num" data-value="{{exits}}">{{exits}}</td><td class="num" data-value="{{ties}}">{{ties}}</td><td class="num" data-value="{{formed}}">{{formed}}</td><td class="num" data-value="{{persisting}}">{{persisting}}</td><td class="num" data-value="{{dissolved}}">{{dissolved}}</td><td class="num" data-value="{{persistence}}">{{persistence}}</td></tr>
            {{/changes.windows}}
            </tbody>
          </table>
          </div>
          <h3>Ties that lasted</h3>
          <p class="explain">The pairs that shared meetings in the most years; <b>spells</b> counts the runs of consecutive years, so 1 means they never skipped a year between the first and the last.</p>
          {{> lasting}}
          {{/changes.hasWindows}}
          {{^changes.hasWindows}}<p class="muted">No meeting has a date.</p>{{/changes.hasWindows}}
        </section>

        """#

    /// The groups of actors that meet together.
    static let groupsSection = #"""
        <section id="groups">
          <h2>Groups that meet together</h2>
          <p class="explain">Actors split into groups that meet each other more than they meet the rest ({{method}} method, modularity {{modularity}}; above 0.3 usually marks clear groups). "Colour by group" in the drawing uses these colours.</p>
          {{#groups}}<div class="group" data-group="{{number}}"><b><span class="swatch" data-group-swatch="{{number}}"></span>Group {{number}}</b> ({{size}} actors): {{#members}}<button type="button" class="link" data-node="{{node}}">{{name}}</button> {{/members}}{{#more}}<span class="muted">{{more}}</span>{{/more}}</div>
          {{/groups}}
        </section>

        """#
}
