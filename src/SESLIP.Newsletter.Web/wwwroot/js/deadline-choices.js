// Turns each date listed under "Dates found in the action" into a button that puts it in the deadline field.
// Without script the dates stay a hint the editor can copy; the field and the form work the same.
(function () {
    'use strict';
    document.querySelectorAll('ul[data-deadline-for]').forEach(function (list) {
        var field = document.getElementById(list.getAttribute('data-deadline-for'));
        if (!field) {
            return;
        }

        list.querySelectorAll('time[datetime]').forEach(function (time) {
            var button = document.createElement('button');
            button.type = 'button';
            button.className = 'button button--secondary deadline-choices__button';
            button.textContent = 'Use ' + time.textContent;
            button.addEventListener('click', function () {
                field.value = time.getAttribute('datetime');
                field.dispatchEvent(new Event('input', { bubbles: true }));
                field.dispatchEvent(new Event('change', { bubbles: true }));
                field.focus();
            });
            time.parentNode.appendChild(document.createTextNode(' '));
            time.parentNode.appendChild(button);
        });
    });
})();
