namespace PropertyService.Repairs;

/// <content>Recording events and applying them to the state; rebuilding uses the same <c>Apply</c>.</content>
public sealed partial class RepairTicket
{
    private void Append(DomainEvent e)
    {
        Apply(e);
        _log.Add(e);
    }

    /// <summary>Applies one event to the state: the only place state changes apart from the workflow's own transition.</summary>
    private void Apply(DomainEvent e)
    {
        switch (e)
        {
            case RepairReported r:
                _log.Site = r.Site;
                _request = r.Request;
                _reportedBy = r.Actor;
                ReportedAt = r.OccurredAt;
                LogBook = r.LogBook;
                NightTechnician = r.LogBook == LogBook.NightDutyLog ? r.Actor : null;
                Materials = r.Request.ResidentSuppliesMaterials ? MaterialsStatus.AwaitingCheck : MaterialsStatus.CompanySupplied;
                State = r.LogBook == LogBook.NightDutyLog ? RepairState.LoggedAtNight : RepairState.Reported;
                break;
            case WorkOrderIssued w:
                WorkOrder = w.WorkOrder;
                State = RepairState.WorkOrderIssued;
                break;
            case EngineeringNotified:
                State = RepairState.AwaitingCollection;
                break;
            case WorkOrderCollected c:
                WorkOrder = WorkOrder?.Collected();
                QuoteRequest = c.Request;
                ScheduleQuote = c.ScheduleQuote;
                PendingPurpose = c.RequiresAssessment ? AssessmentPurpose.Repair : null;
                State = c.RequiresAssessment ? RepairState.AwaitingAssessment : RepairState.ReadyToAssign;
                break;
            case RepairAssessed a:
                PendingPurpose = a.Purpose;
                PendingQuote = a.Quote;
                State = RepairState.AwaitingResidentDecision;
                break;
            case RepairNotFeasible n:
                PendingPurpose = null;
                State = n.Purpose == AssessmentPurpose.Repair ? RepairState.ClosedWithoutWork : RepairState.OnSite;
                break;
            case QuoteAccepted q:
                PendingPurpose = null;
                PendingQuote = null;
                _acceptedQuotes.Add(q.Quote);
                if (q.Purpose == AssessmentPurpose.Repair)
                {
                    AcceptedQuote = q.Quote;
                    State = RepairState.ReadyToAssign;
                }
                else
                {
                    if (q.Purpose == AssessmentPurpose.CompanyMaterials)
                    {
                        Materials = MaterialsStatus.ReplacedByCompany;
                    }

                    State = RepairState.OnSite;
                }

                break;
            case QuoteDeclined d:
                PendingPurpose = null;
                PendingQuote = null;
                State = d.Purpose switch
                {
                    AssessmentPurpose.Repair => RepairState.ClosedWithoutWork,
                    AssessmentPurpose.ExtraWork => RepairState.OnSite,
                    _ => RepairState.AwaitingMaterials,
                };
                break;
            case TechnicianAssigned t:
                AssignedTechnician = t.Technician;
                if (State == RepairState.ReadyToAssign)
                {
                    State = RepairState.Assigned;
                }

                break;
            case TechnicianArrived:
                State = RepairState.OnSite;
                break;
            case MaterialsChecked m:
                Materials = m.Result == MaterialCheckResult.Qualified ? MaterialsStatus.Qualified : MaterialsStatus.Unqualified;
                State = m.Result == MaterialCheckResult.Qualified ? RepairState.OnSite : RepairState.AwaitingMaterials;
                break;
            case ExtraWorkReported:
                PendingPurpose = AssessmentPurpose.ExtraWork;
                State = RepairState.AwaitingAssessment;
                break;
            case WorkCompleted:
                State = RepairState.WorkCompleted;
                break;
            case WorkSignedOff s:
                SignedOffBy = s.SignedBy;
                State = RepairState.SignedOff;
                break;
            case WorkRejected:
                State = RepairState.Rework;
                break;
            case SignOffOverridden o:
                SignOffOverride = o.Reason;
                State = RepairState.SignedOff;
                break;
            case RepairFollowedUp f:
                LastSatisfaction = f.Satisfaction;
                ComplaintId = f.ComplaintId;
                if (f.Satisfaction != Satisfaction.Dissatisfied || f.ComplaintId is not null)
                {
                    State = RepairState.Closed;
                }

                break;
            case RepairReopened:
                // RP-16: the reworked job needs a new inspection and signature.
                SignedOffBy = null;
                SignOffOverride = null;
                State = RepairState.Rework;
                break;
            case RepairCancelled:
                State = RepairState.Cancelled;
                break;
            case RepairFixedAtNight n:
                AssignedTechnician = e.Actor; // CS-14: self-assigned
                NightFixQuote = n.Quote;
                State = RepairState.WorkCompleted;
                break;
            case RepairDeferredToMorning:
                State = RepairState.DeferredToMorning;
                break;
            case RepairTakenOverInMorning:
                TakenOverAt = e.OccurredAt; // CS-15: RP-09's target starts here; ReportedAt is kept.
                State = RepairState.Reported;
                break;
            default:
                throw new InvalidHistoryException(Id, Version + 1, $"{e.GetType().Name} is not a repair-ticket event.");
        }
    }
}
