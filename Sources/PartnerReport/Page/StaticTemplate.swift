/// The static report page, for print and PDF: one self-contained HTML file (no scripts, no fonts or images
/// from the network).
///
/// Mustache (swift-mustache) fills it: `{{x}}` is escaped for HTML, `{{{x}}}` is markup we built ourselves
/// (the SVG diagram and charts).
enum StaticTemplate {
    static let page = #"""
        {{> head}}
        <style>
          :root { --ink: #1f2933; --muted: #52606d; --line: #d9e2ec; --accent: #2f6f9f; --soft: #f5f7fa; }
          body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: var(--ink); margin: 0; background: #fff; line-height: 1.45; }
          header { background: var(--accent); color: #fff; padding: 28px 40px 22px; }
          header h1 { margin: 0 0 6px; font-size: 28px; font-weight: 600; }
          header p { margin: 0; opacity: .9; }
          main { max-width: 1180px; margin: 0 auto; padding: 10px 40px 60px; }
          section { margin-top: 34px; }
          h2 { font-size: 21px; border-bottom: 2px solid var(--line); padding-bottom: 6px; margin-bottom: 6px; }
          p.explain { color: var(--muted); margin: 4px 0 14px; max-width: 900px; }
          .cards { display: flex; flex-wrap: wrap; gap: 14px; margin-top: 18px; }
          .card { background: var(--soft); border: 1px solid var(--line); border-radius: 8px; padding: 12px 18px; min-width: 130px; }
          .card .value { font-size: 26px; font-weight: 600; color: var(--accent); }
          .card .label { font-size: 13px; color: var(--muted); }
          table { border-collapse: collapse; font-size: 14px; }
          th, td { padding: 6px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
          th { background: var(--soft); font-weight: 600; }
          td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
          .diagram { border: 1px solid var(--line); border-radius: 8px; padding: 10px; overflow: auto; background: #fff; }
          .diagram svg { max-width: 100%; height: auto; }
          .heat td { text-align: center; min-width: 34px; font-variant-numeric: tabular-nums; border: 1px solid #fff; }
          .heat th.rot { height: 70px; white-space: nowrap; vertical-align: bottom; padding: 2px; }
          .heat td.self { outline: 2px solid var(--ink); outline-offset: -3px; }
          .heat th.rot div { transform: rotate(-55deg); transform-origin: left bottom; width: 30px; translate: 14px 0; }
          .community { margin: 8px 0; padding: 8px 12px; border-left: 5px solid var(--accent); background: var(--soft); }
          .muted { color: var(--muted); font-size: 13px; }
          ul.notes li { margin-bottom: 6px; color: var(--muted); }
          footer { color: var(--muted); font-size: 12px; margin-top: 50px; }
        </style>
        </head>
        <body>
        {{> header}}
        <main>
        {{> summary}}

        <section id="diagram">
          <h2>The network</h2>
          <p class="explain">Each shape is a participant: {{legendText}} Lines show who hosted (thick), co-chaired (dashed) or attended (thin) a meeting, and the standing ties between organisations (dotted). Larger shapes took part in more.</p>
          <div class="diagram">{{{diagramSVG}}}</div>
          {{#diagramNote}}<p class="muted">{{diagramNote}}</p>{{/diagramNote}}
        </section>

        <section id="actors">
          <h2>Who is central</h2>
          <p class="explain">Actors ranked by how many meetings they took part in, then by broker score; actors equal on both share a rank. <b>Partners</b> counts the different actors they met. <b>Broker score</b> (betweenness) is high for actors who connect groups that would otherwise not meet; <b>eigenvector</b> is high for actors who meet other well-connected actors (unit length over all actors, as <code>partnet centrality --on projection</code> prints it). Both are the unweighted figures of the actor projection; betweenness is at most 1.</p>
          <table>
            <tr><th>#</th><th>Actor</th><th>Kind</th><th class="num">Meetings</th><th class="num">Hosted</th><th class="num">Co-chaired</th><th class="num">Partners</th><th class="num">Broker score</th><th class="num">Eigenvector</th></tr>
            {{#actors}}<tr><td>{{rank}}</td><td>{{name}}</td><td>{{kind}}</td><td class="num">{{meetings}}</td><td class="num">{{hosted}}</td><td class="num">{{coChaired}}</td><td class="num">{{partners}}</td><td class="num">{{betweenness}}</td><td class="num">{{eigenvector}}</td></tr>{{/actors}}
          </table>
        </section>

        <section id="pairs">
          <h2>Who meets whom</h2>
          <p class="explain">The pairs of actors who met most often. <b>Shared</b> is the number of meetings both attended in any role; <b>overlap</b> (Jaccard) is that number divided by the meetings either attended, from 0 (never together) to 1 (always together); <b>affinity</b> (lift) is above 1 when a pair meets more often than their activity alone would predict.</p>
          <p class="explain">{{pairTest}}</p>
          <table>
            <tr><th>Actor</th><th>Actor</th><th class="num">Shared</th><th class="num">Overlap</th><th class="num">Affinity</th><th class="num">p</th><th>Chance</th><th>Meetings</th></tr>
            {{#pairs}}<tr><td>{{a}}</td><td>{{b}}</td><td class="num">{{count}}</td><td class="num">{{jaccard}}</td><td class="num">{{association}}</td><td class="num">{{p}}</td><td>{{#significant}}more than chance{{/significant}}</td><td class="muted">{{meetings}}</td></tr>{{/pairs}}
          </table>
        </section>

        <section id="heatmap">
          <h2>Co-occurrence heat map</h2>
          <p class="explain">How many meetings each pair of the most active actors shared: the darker the cell, the more meetings. The diagonal is each actor's own number of meetings, on the same scale; columns use the actors' short ids, as the rows show.</p>
          {{#hasHeat}}
          <table class="heat"><tr><th></th>{{#heatColumns}}<th class="rot" title="{{name}}"><div>{{id}}</div></th>{{/heatColumns}}</tr>
          {{#heatRows}}<tr><th>{{name}} <span class="muted">{{id}}</span></th>{{#cells}}<td{{#isSelf}} class="self"{{/isSelf}} style="{{style}}">{{text}}</td>{{/cells}}</tr>
          {{/heatRows}}
          </table>
          {{/hasHeat}}
          {{^hasHeat}}<p class="muted">No actor took part in a meeting.</p>{{/hasHeat}}
        </section>

        <section id="activity">
          <h2>Activity per year</h2>
          <p class="explain">Meetings held each year (bars), with the number of different actors taking part that year.</p>
          {{#activity}}
          <svg xmlns="http://www.w3.org/2000/svg" width="{{width}}" height="{{height}}" role="img" aria-label="Meetings per year"><line x1="0" y1="{{axis}}" x2="{{width}}" y2="{{axis}}" stroke="#9aa5b1"/>{{#bars}}<rect x="{{x}}" y="{{y}}" width="{{barWidth}}" height="{{barHeight}}" fill="#2f6f9f" rx="3"><title>{{year}}: {{meetings}}</title></rect><text x="{{middle}}" y="{{meetingsY}}" text-anchor="middle" font-size="13" fill="#1f2933">{{meetings}}</text><text x="{{middle}}" y="{{actorsY}}" text-anchor="middle" font-size="12" fill="#52606d">{{actors}}</text><text x="{{middle}}" y="{{yearY}}" text-anchor="middle" font-size="14" fill="#1f2933">{{year}}</text>{{/bars}}</svg>
          {{/activity}}
          {{^activity}}<p class="muted">No meeting has a date.</p>{{/activity}}
        </section>

        <section id="changes">
          <h2>Ties over time</h2>
          <p class="explain">Each year against the year before: the pairs of actors sharing a meeting that year (<b>ties</b>), those <b>formed</b> (not there the year before), <b>persisting</b> and <b>dissolved</b>; <b>persistence</b> is the share of the two years' ties present in both (the Jaccard index, from 0 to 1). <b>New</b> actors take part for the first time; <b>left</b> counts the actors of the year before who never come back.</p>
          {{#changes.hasWindows}}
          <table>
            <tr><th>Year</th><th class="num">Actors</th><th class="num">New</th><th class="num">Left</th><th class="num">Ties</th><th class="num">Formed</th><th class="num">Persisting</th><th class="num">Dissolved</th><th class="num">Persistence</th></tr>
            {{#changes.windows}}<tr><td>{{years}}</td><td class="num">{{actors}}</td><td class="num">{{newcomers}}</td><td class="num">{{exits}}</td><td class="num">{{ties}}</td><td class="num">{{formed}}</td><td class="num">{{persisting}}</td><td class="num">{{dissolved}}</td><td class="num">{{persistence}}</td></tr>{{/changes.windows}}
          </table>
          <h3>Ties that lasted</h3>
          {{> lasting}}
          {{/changes.hasWindows}}
          {{^changes.hasWindows}}<p class="muted">No meeting has a date.</p>{{/changes.hasWindows}}
        </section>

        <section id="communities">
          <h2>Groups that meet together</h2>
          <p class="explain">Actors split into groups that meet each other more than they meet the rest ({{method}} method, modularity {{modularity}}; a modularity above 0.3 usually marks clear groups).</p>
          {{#communities}}<div class="community"><b>Group {{number}}</b> ({{size}} actors): {{members}}</div>{{/communities}}
        </section>

        {{> review}}
        {{> notes}}

        <footer>Made by {{generator}} from {{file}}. Every meeting and tie in the data carries the sentence of its source.</footer>
        </main>
        </body>
        </html>
        """#
}
