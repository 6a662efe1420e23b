// Filters start open on wide screens and folded on phones, where results come first.
document.addEventListener('DOMContentLoaded', function () {
    var filters = document.getElementById('filters');
    if (filters && window.matchMedia('(min-width: 900px)').matches) {
        filters.open = true;
    }
});
