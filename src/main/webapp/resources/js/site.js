// Filters start open on wide screens and folded on phones, where results come first.
document.addEventListener('DOMContentLoaded', function () {
    var filters = document.getElementById('filters');
    if (filters && window.matchMedia('(min-width: 900px)').matches) {
        filters.open = true;
    }
    setUpCompletions();
});

// A facet option is a link that says it is a checkbox, so the key that ticks a checkbox, Space, must follow it too
// (Enter already does, as for any link).
document.addEventListener('keydown', function (event) {
    var target = event.target;
    if (event.key === ' ' && target.matches && target.matches('a[role=checkbox]')) {
        event.preventDefault();
        target.click();
    }
});

// Completions under the search box (an ARIA combobox): titles open the document, outlets and topics
// filter the archive. Without JavaScript the box is a plain search field.
function setUpCompletions() {
    var input = document.getElementById('q');
    var list = document.getElementById('q-suggestions');
    if (!input || !list || !window.fetch) {
        return;
    }
    var context = input.form.getAttribute('data-context') || '';
    var options = [];
    var active = -1;
    var timer = null;
    var latest = 0;

    function close() {
        list.hidden = true;
        list.textContent = '';
        input.setAttribute('aria-expanded', 'false');
        input.removeAttribute('aria-activedescendant');
        options = [];
        active = -1;
    }

    function choose(option) {
        if (option.kind === 'title') {
            window.location.href = context + option.url;
        } else {
            window.location.href = context + '/search/?q=&f=' + encodeURIComponent(option.filter);
        }
    }

    function highlight(index) {
        var items = list.querySelectorAll('[role=option]');
        items.forEach(function (item, i) {
            item.setAttribute('aria-selected', i === index ? 'true' : 'false');
        });
        active = index;
        if (index >= 0) {
            input.setAttribute('aria-activedescendant', items[index].id);
        } else {
            input.removeAttribute('aria-activedescendant');
        }
    }

    function show(found) {
        list.textContent = '';
        options = found;
        active = -1;
        if (found.length === 0) {
            close();
            return;
        }
        found.forEach(function (option, i) {
            var item = document.createElement('li');
            item.id = 'q-option-' + i;
            item.setAttribute('role', 'option');
            item.setAttribute('aria-selected', 'false');
            var text = document.createElement('span');
            text.className = 'text';
            text.textContent = option.text;
            var kind = document.createElement('span');
            kind.className = 'kind';
            kind.textContent = list.getAttribute('data-' + option.kind) || option.kind;
            item.appendChild(text);
            item.appendChild(kind);
            item.addEventListener('mousedown', function (event) {
                event.preventDefault();
                choose(option);
            });
            list.appendChild(item);
        });
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
    }

    input.addEventListener('input', function () {
        clearTimeout(timer);
        var typed = input.value.trim();
        if (typed.length < 2) {
            close();
            return;
        }
        timer = setTimeout(function () {
            var asked = ++latest;
            fetch(context + '/api/suggest?q=' + encodeURIComponent(typed), { headers: { 'Accept': 'application/json' } })
                .then(function (response) { return response.ok ? response.json() : []; })
                .then(function (found) {
                    if (asked === latest) {
                        show(found);
                    }
                })
                .catch(close);
        }, 150);
    });

    input.addEventListener('keydown', function (event) {
        if (list.hidden) {
            return;
        }
        if (event.key === 'ArrowDown') {
            event.preventDefault();
            highlight(Math.min(active + 1, options.length - 1));
        } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            highlight(Math.max(active - 1, -1));
        } else if (event.key === 'Enter' && active >= 0) {
            event.preventDefault();
            choose(options[active]);
        } else if (event.key === 'Escape') {
            close();
        }
    });

    input.addEventListener('blur', function () {
        setTimeout(close, 100);
    });
}

// "Copy link" on blog posts: the clipboard where allowed, otherwise the address selected in a prompt.
document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('.copy-link') : null;
    if (!button) {
        return;
    }
    var url = button.getAttribute('data-url');
    var done = function () {
        button.textContent = button.getAttribute('data-done');
    };
    if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(url).then(done, function () {
            window.prompt('', url);
        });
    } else {
        window.prompt('', url);
    }
});
