// "Cite this": the text is always there to select; with script, buttons copy it in one press.
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.cite-copy').forEach(function (bar) {
        if (!navigator.clipboard) {
            return;
        }
        bar.hidden = false;
        var status = bar.querySelector('.cite-status');
        bar.querySelectorAll('[data-copy]').forEach(function (button) {
            button.addEventListener('click', function () {
                var text = document.getElementById(button.getAttribute('data-copy')).textContent;
                navigator.clipboard.writeText(text).then(function () {
                    status.textContent = bar.getAttribute('data-copied');
                }, function () {
                    // Copying was refused (permissions): the text stays selectable, so say nothing misleading.
                    status.textContent = '';
                });
            });
        });
    });
});
