// Refreshes the e-mail progress on an update's editor page while messages remain to be sent. Without script the
// page shows the same figures as of its loading; reloading it updates them.
(function () {
    'use strict';
    var intervalMs = 5000;

    function refresh() {
        var block = document.getElementById('sending-progress');
        if (!block || block.getAttribute('data-active') !== 'true') {
            return;
        }

        window.fetch(block.getAttribute('data-progress-url'), { credentials: 'same-origin', headers: { Accept: 'text/html' } })
            .then(function (response) {
                return response.ok ? response.text() : null;
            })
            .then(function (html) {
                if (html === null) {
                    return;
                }

                var next = new DOMParser().parseFromString(html, 'text/html').getElementById('sending-progress');
                if (next) {
                    block.replaceWith(next);
                }

                if (next && next.getAttribute('data-active') === 'true') {
                    window.setTimeout(refresh, intervalMs);
                }
            })
            .catch(function () {
                window.setTimeout(refresh, intervalMs * 2);
            });
    }

    window.setTimeout(refresh, intervalMs);
})();
