using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Import.Parsing;

namespace SESLIP.Newsletter.Web.Import;

/// <summary>
/// Reads the plain-text Friday Update (see docs/adr/0003-legacy-import-format.md) into a
/// <see cref="ParsedUpdate"/>. Pure: no database, no clock. Lines it cannot place become notes, never errors;
/// only a file with no "Update no N date" header is refused.
/// </summary>
/// <remarks>
/// This type only routes lines: section markers move it between the parts of an update, and each part has
/// its own reader in <c>Import/Parsing</c>. Items are read in the layout <see cref="LayoutDetector"/> chose.
/// </remarks>
public sealed class LegacyParser
{
    private readonly ParsedUpdate _result;
    private readonly UpdateHeader _header;
    private readonly ItemLayout _layout;
    private readonly IntroReader _intro = new();
    private readonly ItemsReader _items;
    private readonly MeetingLinesReader _meetings;
    private readonly ToolsAndTemplatesReader _tools;
    private readonly ContactsReader _contacts;
    private UpdatePart _part = UpdatePart.Intro;
    private SourceLine? _lastContent;

    private LegacyParser(SourceLines lines, UpdateHeader header)
    {
        _header = header;
        var detected = LayoutDetector.Detect(lines, header);
        _layout = detected.Items;
        _result = new ParsedUpdate
        {
            Number = header.Number,
            IssueDate = header.Date,
            Layout = _layout.Layout,
            SourceLayout = detected.Archive,
            LayoutEvidence = detected.Evidence,
        };
        _result.FrameLines.Add(lines[header.Index].Number);
        var notes = new ParseNotes(_result.Notes);
        _items = new ItemsReader(_result, notes, _layout);
        _meetings = new MeetingLinesReader(_result, notes);
        _tools = new ToolsAndTemplatesReader(_result, notes);
        _contacts = new ContactsReader(_result, notes);
    }

    public static ParsedUpdate Parse(string text)
    {
        var lines = SourceLines.Read(text);
        var parser = new LegacyParser(lines, HeaderReader.Read(lines));
        foreach (var cursor in lines.After(parser._header.Index))
        {
            parser.Read(cursor);
        }

        return parser.Finish();
    }

    private void Read(LineCursor cursor)
    {
        var line = cursor.Line;
        if (line.IsBlank)
        {
            _items.Break();
            _intro.Break();
            return;
        }

        if (ReadFurniture(line) || ReadSectionMarker(line))
        {
            _result.FrameLines.Add(line.Number);
            _lastContent = line;
            return;
        }

        _lastContent = line;

        switch (_part)
        {
            case UpdatePart.Tools:
                _tools.Read(line);
                return;
            case UpdatePart.Contacts:
                _contacts.Read(line);
                return;
        }

        if (!ReadItemFrame(cursor))
        {
            ReadContent(line);
        }
    }

    /// <summary>Page chrome and the repeated header are dropped; the repeated header ends the intro.</summary>
    private bool ReadFurniture(SourceLine line)
    {
        if (PageChrome.IsChrome(line))
        {
            return true;
        }

        if (!HeaderReader.IsRepeatOf(_header, line.Text))
        {
            return false;
        }

        if (_part == UpdatePart.Intro)
        {
            _part = UpdatePart.Items;
        }

        return true;
    }

    /// <summary>The markers that open a part of the update: the same words in every layout, in any case.</summary>
    private bool ReadSectionMarker(SourceLine line)
    {
        var betweenItems = _part == UpdatePart.Items && _items.IsBetweenItems;
        if (ItemsReader.IsMarker(line) && (_part == UpdatePart.Intro || betweenItems))
        {
            _part = UpdatePart.Items;
        }
        else if (RemindersReader.IsMarker(line))
        {
            _items.Finish();
            _items.Section = ItemSection.Reminder;
            _part = UpdatePart.Items;
        }
        else if (RemindersReader.IsLabel(line) && betweenItems && _items.Section == ItemSection.Reminder)
        {
            // A label between reminder items, not content.
        }
        else if (ToolsAndTemplatesReader.IsMarker(line))
        {
            _items.Finish();
            _part = UpdatePart.Tools;
        }
        else if (ContactsReader.IsMarker(line))
        {
            _items.Finish();
            _part = UpdatePart.Contacts;
        }
        else
        {
            return false;
        }

        return true;
    }

    /// <summary>Lines that frame items rather than hold text: labels, the meeting dates' marker, and the
    /// lines the layout knows begin an item (which can end the intro or the meeting dates).</summary>
    private bool ReadItemFrame(LineCursor cursor)
    {
        var line = cursor.Line;
        if (_part == UpdatePart.Meetings)
        {
            // In the 2020–21 layout the meeting dates sit in a block with item labels of its own.
            if (ItemsReader.IsActionLabel(line) || _layout.IsBodyLabel(line) || MeetingLinesReader.IsLabel(line))
            {
                _result.FrameLines.Add(line.Number);
                return true;
            }
        }
        else if (_part == UpdatePart.Items && _items.TryReadLabel(line))
        {
            return true;
        }

        if (_part == UpdatePart.Items && MeetingLinesReader.IsMarker(line))
        {
            _result.FrameLines.Add(line.Number);
            _items.EndBeforeMeetings();
            _part = UpdatePart.Meetings;
            return true;
        }

        if (_layout.TryStartItem(cursor, _part, _items))
        {
            _part = UpdatePart.Items;
            return true;
        }

        return false;
    }

    private void ReadContent(SourceLine line)
    {
        switch (_part)
        {
            case UpdatePart.Intro:
                _intro.Read(line);
                return;
            case UpdatePart.Meetings:
                _meetings.Read(line);
                return;
            default:
                _items.Read(line);
                return;
        }
    }

    private ParsedUpdate Finish()
    {
        _items.Finish();
        if (_part != UpdatePart.Contacts && _lastContent is { } last)
        {
            // Saved copies and hand-made exports can stop anywhere: keep what is there and say so.
            _result.EndedEarly = true;
            _result.Notes.Add(new ImportNote(last.Number,
                "the issue ends here, before its Contact Details: everything above is kept, the rest is missing from the file", last.Text));
        }

        _result.Intro = _intro.ToString();
        ToolsAndTemplatesReader.LinkItems(_result);
        return _result;
    }
}
