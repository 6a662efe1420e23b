// Filters start open on wide screens and folded on phones, where results come first.
document.addEventListener('DOMContentLoaded', function () {
    var filters = document.getElementById('filters');
    if (filters && window.matchMedia('(min-width: 900px)').matches) {
        filters.open = true;
    }
});

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
