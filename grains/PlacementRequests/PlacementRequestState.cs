using SchoolExperience.GrainInterfaces.PlacementRequests;
using SchoolExperience.GrainInterfaces.PlacementRequests.Content;
using SchoolExperience.Grains.Notifications;

namespace SchoolExperience.Grains.PlacementRequests;

[GenerateSerializer, Alias("se.placement-request-state")]
public sealed class PlacementRequestState
{
    [Id(0)] public bool Submitted { get; set; }
    [Id(1)] public long Urn { get; set; }
    /// <summary>What the candidate sent, normalised; null until submitted.</summary>
    [Id(2)] public PlacementRequestContent? Content { get; set; }
    [Id(6)] public PlacementRequestStatus Status { get; set; }
    [Id(7)] public DateTimeOffset ReceivedAt { get; set; }
    /// <summary>Grows with every saved change; projections keep the newest they have seen.</summary>
    [Id(8)] public long Version { get; set; }
    [Id(9)] public Guid CandidateId { get; set; }
    [Id(11)] public DateOnly? RequestedDate { get; set; }
    [Id(14)] public Booking? Booking { get; set; }
    [Id(15)] public List<RejectionReason> RejectionReasons { get; set; } = [];
    [Id(16)] public string? ClosingReason { get; set; }
    /// <summary>A withdrawal or a candidate's cancellation the school has not looked at yet.</summary>
    [Id(17)] public bool Unseen { get; set; }
    [Id(18)] public DateTimeOffset LastChangedAt { get; set; }
    [Id(19)] public List<AuditEntry> Audit { get; set; } = [];
    [Id(20)] public AttendanceRecord EarlierAttendance { get; set; } = AttendanceRecord.Empty;
    /// <summary>The versions the school's index and the candidate's list have confirmed; behind means owed.</summary>
    [Id(21)] public long SchoolProjectedVersion { get; set; }
    [Id(22)] public long CandidateProjectedVersion { get; set; }
    [Id(23)] public PlacementRequestDeadlines Deadlines { get; set; } = new();
    /// <summary>Emails owed, saved in the same write as the change they tell of.</summary>
    [Id(24)] public OutboxState Outbox { get; set; } = new();
    /// <summary>The school's name and notification address when the request arrived.</summary>
    [Id(25)] public string SchoolName { get; set; } = "";
    [Id(26)] public string? SchoolEmail { get; set; }

    public Guid? PlacementDateId => Content?.PlacementDateId;
}
