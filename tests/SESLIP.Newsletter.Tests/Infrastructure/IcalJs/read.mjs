// Reads an iCalendar or vCard document from stdin with ical.js and prints what it found as JSON,
// so the tests check the site's output with a parser it was not written with.
import ICAL from 'ical.js';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const text = Buffer.concat(chunks).toString('utf8');

const root = new ICAL.Component(ICAL.parse(text));

function properties(component) {
  return component.getAllProperties().map(p => ({
    name: p.name,
    parameters: p.toJSON()[1],
    // Structured values (N, ORG) come back as arrays of their fields.
    values: p.getValues().map(v => (Array.isArray(v) ? v.join(';') : typeof v === 'object' && v !== null ? v.toString() : v)),
  }));
}

if (root.name === 'vcard') {
  console.log(JSON.stringify({ kind: 'vcard', properties: properties(root) }));
} else {
  const timezones = root.getAllSubcomponents('vtimezone').map(vtz => {
    const zone = new ICAL.Timezone(vtz);
    ICAL.TimezoneService.register(zone);
    return {
      tzid: zone.tzid,
      standard: vtz.getAllSubcomponents('standard').length,
      daylight: vtz.getAllSubcomponents('daylight').length,
    };
  });

  const time = t => t && {
    local: t.toString(),
    isDate: t.isDate,
    tzid: t.isDate || !t.zone || t.zone.tzid === 'floating' ? null : t.zone.tzid,
    utc: t.isDate ? null : t.toJSDate().toISOString(),
  };

  const events = root.getAllSubcomponents('vevent').map(vevent => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      sequence: event.sequence,
      status: vevent.getFirstPropertyValue('status'),
      summary: event.summary,
      location: event.location,
      description: event.description,
      url: vevent.getFirstPropertyValue('url'),
      dtstamp: vevent.getFirstPropertyValue('dtstamp')?.toString() ?? null,
      start: time(event.startDate),
      end: vevent.hasProperty('dtend') ? time(event.endDate) : null,
    };
  });

  console.log(JSON.stringify({
    kind: 'calendar',
    prodid: root.getFirstPropertyValue('prodid'),
    version: root.getFirstPropertyValue('version'),
    method: root.getFirstPropertyValue('method'),
    name: root.getFirstPropertyValue('x-wr-calname'),
    timezones,
    events,
  }));
}
