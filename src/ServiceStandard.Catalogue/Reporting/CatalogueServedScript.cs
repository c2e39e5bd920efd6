namespace ServiceStandard.Catalogue.Reporting;

/// <summary>
/// The parts of the site's script that differ when <c>svcstd serve</c> serves the page: every list, facet and item comes
/// from the API (docs/format.md section 9) a page at a time; the views are the exported page's own
/// (<see cref="CatalogueSiteTemplate"/>).
/// </summary>
internal static class CatalogueServedScript
{
    /// <summary>The served page's script: the exported page's views around the parts below.</summary>
    public static readonly string Script = string.Join(
        "\n",
        CatalogueSiteTemplate.ScriptStart,
        CatalogueSiteTemplate.StaticData,
        CatalogueSiteTemplate.Helpers,
        Data,
        CatalogueSiteTemplate.Routing,
        Route,
        CatalogueSiteTemplate.ListViews,
        List,
        CatalogueSiteTemplate.ItemViews,
        End);

    /// <summary>The regions (inlined: a few thousand at most) and the calls to the API.</summary>
    private const string Data = """
          var regions = {};
          DATA.regions.forEach(function (r) { regions[r.code] = r; });
          var byBasic = {};
          function api(path) {
            return fetch(path, { headers: { Accept: 'application/json' } }).then(function (r) {
              return r.json().then(function (body) { if (!r.ok) throw body; return body; });
            });
          }
          // The filters as GET /api/search and /api/facets take them; `except` leaves one out (a facet counts without its own).
          function filters(s, except) {
            var p = new URLSearchParams();
            if (s.q) p.set('q', s.q);
            if (s.region && except !== 'region') p.set('region', s.region);
            if (s.type && except !== 'type') p.set('type', s.type);
            if (s.object && except !== 'object') p.set('object', s.object);
            if (s.theme && except !== 'theme') p.set('theme', s.theme);
            if (s.online) p.set('onlineOnly', 'true');
            if (s.visits !== '') p.set('maxVisits', s.visits);
            return p;
          }
          // Another region's row of the comparison, from GET /api/items/{basicCode}/regions (section 5's metrics).
          function twin(y) {
            var m = y.metrics;
            return { e: { id: y.id, region: { code: y.code, name: y.name }, committedWorkingDays: m.committedWorkingDays, materials: m.materials, onsiteVisits: m.onsiteVisits, onlineDepth: m.onlineDepth },
              it: { timeLimits: { legal: m.legalWorkingDays === null ? null : { unit: 'workingDays', value: m.legalWorkingDays } },
                guide: { fees: m.feeTotal === null ? undefined : { items: [{ amount: m.feeTotal }] }, channels: y.channels,
                  materials: y.requiredMaterials.map(function (n) { return { name: n }; }) },
                process: { steps: new Array(m.processSteps || 0) } } };
          }
        """;

    /// <summary>A route fetches the item and its other regions, or shows the list.</summary>
    private const string Route = """
          var ticket = 0;
          function route() {
            var r = readHash(), mine = ++ticket;
            routed = location.hash;
            var list = document.getElementById('list-view'), detail = document.getElementById('item-view');
            if (r.item !== undefined) {
              api('/api/items/' + r.item).then(function (e) {
                return api('/api/items/' + encodeURIComponent(e.basicCode) + '/regions').then(function (same) {
                  if (mine !== ticket) return;
                  var x = { e: e, it: e.item };
                  byBasic[e.basicCode] = same.regions.map(function (y) { return y.id === e.id ? x : twin(y); });
                  list.hidden = true; detail.hidden = false; renderItem(x); structuredData(e.governmentService); window.scrollTo(0, 0);
                });
              }).catch(function () { if (mine === ticket) location.hash = listHash(state); });
              return;
            }
            structuredData(null);
            if (r.list) state = r.list;
            detail.hidden = true; list.hidden = false;
            document.getElementById('q').value = state.q;
            renderList();
          }
        """;

    /// <summary>The list: one page of results and the facets, from the API; "more" fetches the next page.</summary>
    private const string List = """
          // listed: the words and filters the list on the page was fetched for (the box may hold newer words, not yet asked).
          // Not `shown`: that is the static page's count of cards, declared by the shared routing, whose go() resets it.
          var shownHits = [], total = 0, atLeast = false, page = 0, listTicket = 0, listKey = null, listed = state;
          function counts(list, key, labelOf) {
            var out = list.map(function (c) { return { value: c.value, label: labelOf(c.value, c.label), count: c.count }; });
            if (state[key] && !out.some(function (v) { return v.value === state[key]; })) out.push({ value: state[key], label: labelOf(state[key], state[key]), count: 0 });
            return out;
          }
          function regionTree(list) {
            var sums = {};
            list.forEach(function (c) {
              var r = regions[c.code] || {};
              [c.code, r.city && r.city.code, r.province && r.province.code].filter(Boolean).forEach(function (k) { sums[k] = (sums[k] || 0) + c.count; });
            });
            var tree = {};
            DATA.regions.forEach(function (r) {
              var level = tree;
              [r.province, r.city, { code: r.code, name: r.name }].filter(Boolean).forEach(function (n) { level[n.code] = level[n.code] || { name: n.name, children: {} }; level = level[n.code].children; });
            });
            function build(level) {
              var ul = el('ul');
              Object.keys(level).sort().forEach(function (code) {
                var n = level[code];
                var li = el('li', null, option(n.name, sums[code] || 0, state.region === code, function () { go({ region: state.region === code ? '' : code }); }));
                if (Object.keys(n.children).length) li.appendChild(build(n.children));
                ul.appendChild(li);
              });
              return ul;
            }
            return el('div.facet', null, el('h3', { text: '地区 Region' }), build(tree));
          }
          function renderFacets(byRegion, byType, byObject, byTheme) {
            var box = document.getElementById('facets');
            clear(box);
            box.appendChild(regionTree(byRegion.regions));
            box.appendChild(facet('事项类型 Item type', 'type', counts(byType.types, 'type', function (v) { return label('type', v); })));
            box.appendChild(facet('服务对象 Service object', 'object', counts(byObject.objects, 'object', function (v) { return label('serviceObject', v); })));
            addThemeFacet(box, counts(byTheme.themes, 'theme', function (v) { return v; }));
            box.appendChild(howFacet());
          }
          function showList() {
            var ws = words(listed.q);
            var summary = document.getElementById('summary');
            clear(summary);
            add(summary, [listed.q ? ['“', el('b', { text: listed.q }), '” '] : '', '找到 ', el('b', { text: total + (atLeast ? '+' : '') }), ' 个事项 · ', total + (atLeast ? '+' : '') + ' items']);
            document.getElementById('clear').hidden = !(state.q || state.region || state.type || state.object || state.theme || state.online || state.visits !== '');
            var list = document.getElementById('results');
            clear(list);
            if (!shownHits.length) list.appendChild(el('li.empty', { text: '没有找到匹配的事项。试试更短的词，或清除筛选。 No item matches: try a shorter word, or clear the filters.' }));
            shownHits.forEach(function (e) { list.appendChild(card({ e: e, it: {} }, ws)); });
            var more = document.getElementById('more');
            more.hidden = !atLeast && total <= shownHits.length;
            more.textContent = atLeast ? '显示更多 Show more' : '显示更多（还有 ' + (total - shownHits.length) + ' 个） Show more';
          }
          function fetchPage(next, asked) {
            var p = filters(asked);
            p.set('page', String(next)); p.set('size', String(PAGE));
            return api('/api/search?' + p.toString());
          }
          function renderList() {
            // The list of these words and filters is shown or on its way: typing and then Enter ask for it twice, and
            // coming back from an item asks again; a second fetch would drop the pages fetched with "more".
            var key = filters(state).toString();
            if (key === listKey) return;
            listKey = key;
            var mine = ++listTicket, asked = Object.assign({}, state);
            // Each facet counts without its own filter; facets whose queries are then the same (no filter set, the
            // common case) share one call.
            var calls = {};
            var facets = ['region', 'type', 'object', 'theme'].map(function (k) {
              var p = filters(asked, k).toString();
              return calls[p] || (calls[p] = api('/api/facets?' + p));
            });
            Promise.all([fetchPage(1, asked)].concat(facets))
              .then(function (answers) {
                if (mine !== listTicket) return;
                listed = asked; page = 1; total = answers[0].total; atLeast = answers[0].totalExact === false; shownHits = answers[0].results;
                renderFacets(answers[1], answers[2], answers[3], answers[4]);
                showList();
              }).catch(function (problem) {
                if (mine !== listTicket) return;
                listKey = null;
                var list = document.getElementById('results');
                clear(list);
                list.appendChild(el('li.empty', { text: (problem && problem.title) || '服务暂时无法回答 The service cannot answer now' }));
              });
          }
        """;

    /// <summary>The controls, the figures and the first route; typing searches after a pause, not on every key.</summary>
    private const string End = """
          var typing = 0, loading = false;
          document.getElementById('search-form').addEventListener('submit', function (ev) { ev.preventDefault(); window.scrollTo(0, 0); go({ q: document.getElementById('q').value.trim() }); });
          document.getElementById('q').addEventListener('input', function (ev) { state.q = ev.target.value.trim(); clearTimeout(typing); typing = setTimeout(function () { if (!document.getElementById('list-view').hidden) renderList(); }, 250); });
          document.getElementById('clear').addEventListener('click', function () { go({ q: '', region: '', type: '', object: '', theme: '', online: false, visits: '' }); });
          document.getElementById('more').addEventListener('click', function () {
            if (loading) return;
            loading = true;
            var mine = listTicket;
            fetchPage(page + 1, listed).then(function (answer) {
              loading = false;
              if (mine !== listTicket) return;
              page += 1; shownHits = shownHits.concat(answer.results); total = answer.total; atLeast = answer.totalExact === false; showList();
            }, function () { loading = false; });
          });
          window.addEventListener('hashchange', hashChanged);
          document.getElementById('stats').textContent = DATA.regions.length + ' 个地区 · ' + DATA.total + ' 个事项 · ' + DATA.regions.length + ' regions, ' + DATA.total + ' items';
          route();
        })();
        """;
}
