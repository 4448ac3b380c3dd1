using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Import;

namespace SESLIP.Newsletter.Tests.Import.Parsing;

public class MeetingLinesReaderTests
{
    private static readonly ParsedUpdate Update654 = ParsedSeeds.Update654;
    private static readonly ParsedUpdate Update454 = ParsedSeeds.Update454;

    [Fact]
    public void Reads_the_AD_Safeguarding_meeting_of_6_June_2025()
    {
        var meeting = Assert.Single(Update654.Meetings, m => m.NetworkName == "AD Safeguarding");
        Assert.Equal(new DateOnly(2025, 6, 6), meeting.Date);
        Assert.Equal(DayOfWeek.Friday, meeting.Date!.Value.DayOfWeek);
        Assert.Equal(new TimeOnly(10, 0), meeting.StartTime);
        Assert.Null(meeting.EndTime);
        Assert.Equal(Attendance.InPerson, meeting.Attendance);
        Assert.Equal("Central London", meeting.Place);
        Assert.Equal("Mark Evans", meeting.ContactName);
        Assert.Equal("Friday 6 June 10am in-person Central London", meeting.Details);
    }

    [Fact]
    public void Keeps_a_network_line_with_no_date_yet()
    {
        var earlyHelp = Assert.Single(Update654.Meetings, m => m.NetworkName == "Early Help");
        Assert.Null(earlyHelp.Date);
        Assert.Null(earlyHelp.StartTime);
        Assert.Equal("", earlyHelp.Details);
        Assert.Equal("Rebecca Eligon", earlyHelp.ContactName);
        Assert.Equal("More from Rebecca Eligon (contact details below)", earlyHelp.ContactText);
    }

    [Fact]
    public void Reads_times_ranges_online_meetings_and_email_contacts()
    {
        var send = Assert.Single(Update654.Meetings, m => m.NetworkName == "SEND SE19");
        Assert.Equal(new DateOnly(2025, 3, 26), send.Date);
        Assert.Equal(new TimeOnly(12, 0), send.StartTime);
        Assert.Equal(new TimeOnly(14, 0), send.EndTime);
        Assert.Equal(Attendance.Online, send.Attendance);
        Assert.Equal("sonia.dayal@sdsa.net", send.ContactEmail);
        Assert.Equal("SEND Strategic Leads", send.Note);

        var adEducation = Assert.Single(Update654.Meetings, m => m.NetworkName == "AD Education");
        Assert.Equal(new DateOnly(2025, 3, 21), adEducation.Date);
        Assert.Equal(new TimeOnly(10, 0), adEducation.StartTime);
        Assert.Equal("London", adEducation.Place);

        var qa = Assert.Single(Update454.Meetings, m => m.NetworkName == "QA Network");
        Assert.Equal(new TimeOnly(14, 0), qa.StartTime);
        Assert.Equal(new TimeOnly(17, 0), qa.EndTime);
        Assert.Equal("Sally Hickman", qa.ContactName);
    }
}
