using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static PropertyService.Sla.SlaTestEvents;

namespace PropertyService.Sla;

public partial class SlaPolicyJsonTests
{
    private const string Id = "R-1";
    private static readonly SlaSubject Subject = new(Id, new SiteId("SZ-01"), "Water");

    private static SlaPolicyFormatException LoadFails(string json, SlaPolicy? basePolicy = null) =>
        Assert.Throws<SlaPolicyFormatException>(() => SlaPolicyJson.Parse(json, basePolicy));

    /// <summary>A small base policy whose target the test events start and stop.</summary>
    private static SlaPolicy AnswerPolicy(int minutes = 10) =>
        new("test", [new SlaTarget("answer", "TEST-1", SlaTrigger.On<TicketOpened>(), SlaTrigger.On<TicketAnswered>(), SlaDeadline.After(Duration.FromMinutes(minutes)))]);

    private static SlaTimer OpenedAt0(SlaPolicy policy, IReadOnlyDictionary<string, BusinessCalendar>? calendars = null) =>
        Assert.Single(new SlaTracker([policy], calendars).Project(Subject, [new TicketOpened(Id, 1, At(0), Officer)], At(0)));

    [Fact]
    public void Sample_policy_in_the_console_sample_gives_the_arrival_target_8_minutes_and_keeps_every_other_target()
    {
        var policy = SlaPolicyJson.LoadFile(Repository.Root + "/samples/PropertyService.Samples.Console/policy-faster-arrival.json");

        Assert.Equal("faster arrival", policy.Name);
        var arrival = policy.Target(SlaDefaults.ArrivalTarget);
        Assert.Equal((SlaDeadlineKind.After, Duration.FromMinutes(8), (string?)null), (arrival.Deadline.Kind, arrival.Deadline.Amount, arrival.Deadline.CalendarName));
        Assert.Same(SlaDefaults.Policy.Target(SlaDefaults.ArrivalTarget).Start, arrival.Start);
        Assert.Equal(SlaDefaults.Policy.Targets.Select(t => t.Name), policy.Targets.Select(t => t.Name));
        Assert.All(policy.Targets.Where(t => t.Name != SlaDefaults.ArrivalTarget), t => Assert.Same(SlaDefaults.Policy.Target(t.Name), t));
        Assert.Equal(SlaDefaults.Policy.WarningThreshold, policy.WarningThreshold);
    }

    [Fact]
    public void Loads_every_field_of_the_documented_format()
    {
        var policy = SlaPolicyJson.Parse("""
            {
              "name": "what-if: office hours",
              "warningThreshold": 0.8,
              "targets": {
                "RP-12 arrival": { "workingTime": "PT8M" },
                "RP-09 work order": { "workingTime": "PT5M", "calendar": "office", "enabled": true },
                "HR-09 written reply": { "businessDays": 2, "calendar": "office" },
                "RP-13 arrival before appointment": { "offset": "-PT10M" },
                "RP-14 assessment": { "warningThreshold": 0.5 },
                "CS-16 arrive before shift": { "enabled": false },
              },
            }
            """);

        Assert.Equal("what-if: office hours", policy.Name);
        Assert.Equal(0.8, policy.WarningThreshold);
        Assert.Equal(
            [SlaDefaults.WorkOrderTarget, SlaDefaults.NotifyEngineeringTarget, SlaDefaults.ArrivalTarget, SlaDefaults.AppointmentArrivalTarget,
             SlaDefaults.AssessmentTarget, SlaDefaults.AnswerAfterEscalationTarget, SlaDefaults.WrittenReplyTarget],
            policy.Targets.Select(t => t.Name));
        Assert.Equal("8 min working time (24/7)", policy.Target(SlaDefaults.ArrivalTarget).Deadline.ToString());
        Assert.Equal("5 min working time (office)", policy.Target(SlaDefaults.WorkOrderTarget).Deadline.ToString());
        var reply = policy.Target(SlaDefaults.WrittenReplyTarget).Deadline;
        Assert.Equal((SlaDeadlineKind.EndOfBusinessDay, 2, "office"), (reply.Kind, reply.BusinessDays, reply.CalendarName));
        var appointment = policy.Target(SlaDefaults.AppointmentArrivalTarget).Deadline;
        Assert.Equal((SlaDeadlineKind.AtCarriedInstant, Duration.FromMinutes(-10)), (appointment.Kind, appointment.Amount));
        var assessment = policy.Target(SlaDefaults.AssessmentTarget);
        Assert.Equal(0.5, assessment.WarningThreshold);
        Assert.Same(SlaDefaults.Policy.Target(SlaDefaults.AssessmentTarget).Deadline, assessment.Deadline);
        Assert.Null(policy.Target(SlaDefaults.ArrivalTarget).WarningThreshold);
        Assert.Same(SlaDefaults.Policy.Target(SlaDefaults.NotifyEngineeringTarget), policy.Target(SlaDefaults.NotifyEngineeringTarget));
    }

    [Fact]
    public void A_changed_target_keeps_its_rule_and_triggers()
    {
        var before = SlaDefaults.Policy.Target(SlaDefaults.WorkOrderTarget);
        var after = SlaPolicyJson.Parse("""{ "name": "x", "targets": { "RP-09 work order": { "workingTime": "PT4M", "warningThreshold": 0.9 } } }""")
            .Target(SlaDefaults.WorkOrderTarget);

        Assert.Equal((Duration.FromMinutes(4), (double?)0.9), (after.Deadline.Amount, after.WarningThreshold));
        Assert.Equal(before.RuleId, after.RuleId);
        Assert.Same(before.Start, after.Start);
        Assert.Same(before.Stop, after.Stop);
        Assert.Same(before.Cancel, after.Cancel);
        Assert.Equal((before.Pause, before.Resume, before.Unless), (after.Pause, after.Resume, after.Unless));
    }

    [Fact]
    public void The_base_policy_is_the_default_policy_unless_given_and_its_conditions_carry_over()
    {
        var site = new SiteId("SZ-01");
        var conditioned = new SlaPolicy("water", AnswerPolicy().Targets) { Categories = ["Water"], Emergency = true, Sites = [site], WarningThreshold = 0.6 };

        var policy = SlaPolicyJson.Parse("""{ "name": "water, faster", "targets": { "answer": { "workingTime": "PT5M" } } }""", conditioned);

        Assert.Equal("water, faster", policy.Name);
        Assert.Same(conditioned.Categories, policy.Categories);
        Assert.Same(conditioned.Sites, policy.Sites);
        Assert.Equal((true, 0.6), (policy.Emergency, policy.WarningThreshold));
        Assert.Equal(Duration.FromMinutes(10), conditioned.Target("answer").Deadline.Amount);
        Assert.Equal(SlaDefaults.Policy.Targets.Count, SlaPolicyJson.Parse("""{ "name": "x", "warningThreshold": 0.5 }""").Targets.Count);
        Assert.Equal(0.5, SlaPolicyJson.Parse("""{ "name": "x", "warningThreshold": 0.5 }""", null).WarningThreshold);
    }

    [Fact]
    public void A_file_may_drop_every_target()
    {
        var policy = SlaPolicyJson.Parse("""{ "name": "nothing timed", "targets": { "answer": { "enabled": false } } }""", AnswerPolicy());

        Assert.Empty(policy.Targets);
        Assert.Empty(new SlaTracker([policy]).Project(Subject, [new TicketOpened(Id, 1, At(0), Officer)], At(0)));
    }

    [Theory]
    [InlineData("PT15M", 15 * 60)]
    [InlineData("PT8M", 8 * 60)]
    [InlineData("PT1H30M", 90 * 60)]
    [InlineData("PT90M", 90 * 60)]
    [InlineData("PT48H", 48 * 3600)]
    [InlineData("PT45S", 45)]
    [InlineData("PT1H-30M", 30 * 60)]
    public void Working_time_is_an_iso_8601_duration_of_hours_minutes_and_seconds(string text, int seconds)
    {
        var policy = SlaPolicyJson.Parse($$"""{ "name": "x", "targets": { "answer": { "workingTime": "{{text}}" } } }""", AnswerPolicy());

        Assert.Equal(Duration.FromSeconds(seconds), policy.Target("answer").Deadline.Amount);
    }

    [Fact]
    public void Working_time_keeps_fractions_of_a_second()
    {
        var policy = SlaPolicyJson.Parse("""{ "name": "x", "targets": { "answer": { "workingTime": "PT0.5S" } } }""", AnswerPolicy());
        Assert.Equal(Duration.FromMilliseconds(500), policy.Target("answer").Deadline.Amount);
    }

    [Theory]
    [InlineData("-PT10M", -10)]
    [InlineData("PT-10M", -10)]
    [InlineData("PT0S", 0)]
    [InlineData("PT5M", 5)]
    public void Offset_may_be_before_at_or_after_the_carried_instant(string text, int minutes)
    {
        var policy = SlaPolicyJson.Parse($$"""{ "name": "x", "targets": { "RP-13 arrival before appointment": { "offset": "{{text}}" } } }""");
        var deadline = policy.Target(SlaDefaults.AppointmentArrivalTarget).Deadline;

        Assert.Equal((SlaDeadlineKind.AtCarriedInstant, Duration.FromMinutes(minutes)), (deadline.Kind, deadline.Amount));
    }

    [Fact]
    public void Enabled_true_keeps_the_target_with_its_changes()
    {
        var policy = SlaPolicyJson.Parse("""{ "name": "x", "targets": { "answer": { "enabled": true, "warningThreshold": 0.25 } } }""", AnswerPolicy());

        Assert.Equal(0.25, Assert.Single(policy.Targets).WarningThreshold);
    }

    [Fact]
    public void Parse_Load_and_LoadFile_read_the_same_policy_and_ignore_a_byte_order_mark()
    {
        const string json = """{ "name": "x", "targets": { "answer": { "workingTime": "PT7M" } } }""";
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(json)]);
            using var stream = new MemoryStream(File.ReadAllBytes(path));
            SlaPolicy[] policies =
            [
                SlaPolicyJson.Parse(json, AnswerPolicy()),
                SlaPolicyJson.Parse("\uFEFF" + json, AnswerPolicy()),
                SlaPolicyJson.Load(stream, AnswerPolicy()),
                SlaPolicyJson.LoadFile(path, AnswerPolicy()),
            ];

            Assert.All(policies, p => Assert.Equal(Duration.FromMinutes(7), p.Target("answer").Deadline.Amount));
            Assert.True(stream.CanRead);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Null_arguments_and_missing_files_are_not_format_errors()
    {
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => SlaPolicyJson.Parse(null!)).ParamName);
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => SlaPolicyJson.Load(null!)).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => SlaPolicyJson.LoadFile(null!)).ParamName);
        Assert.ThrowsAny<IOException>(() => SlaPolicyJson.LoadFile(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".json")));
    }

    [Fact]
    public void A_target_counts_on_the_calendar_the_file_names_here_one_loaded_from_a_calendar_file()
    {
        var office = BusinessCalendarJson.LoadFile(Repository.Root + "/samples/PropertyService.Samples.Console/calendar-office-hours.json");
        var policy = SlaPolicyJson.Parse("""{ "name": "x", "targets": { "answer": { "workingTime": "PT3H", "calendar": "office" } } }""", AnswerPolicy());

        // Monday 2 March 2026, 10:00 in Shanghai: two hours until lunch, then one more from 13:30.
        var timer = OpenedAt0(policy, new Dictionary<string, BusinessCalendar> { ["office"] = office });

        Assert.Equal(Instant.FromUtc(2026, 3, 2, 6, 30), timer.Deadline);
        Assert.Throws<ArgumentException>(() => new SlaTracker([policy]));
    }

    [Fact]
    public void Business_days_set_the_deadline_at_the_end_of_that_business_day()
    {
        var office = BusinessCalendarJson.LoadFile(Repository.Root + "/samples/PropertyService.Samples.Console/calendar-office-hours.json");
        var policy = SlaPolicyJson.Parse("""{ "name": "x", "targets": { "answer": { "businessDays": 2, "calendar": "office" } } }""", AnswerPolicy());

        // Monday 10:00: the end of the second business day after it is Wednesday 17:30 in Shanghai.
        var timer = OpenedAt0(policy, new Dictionary<string, BusinessCalendar> { ["office"] = office });

        Assert.Equal(Instant.FromUtc(2026, 3, 4, 9, 30), timer.Deadline);
    }

    [Fact]
    public void A_bad_change_after_good_ones_refuses_the_whole_file_and_the_base_policy_is_unchanged()
    {
        var basePolicy = AnswerPolicy();
        var targets = basePolicy.Targets.ToList();
        var two = new SlaPolicy("two", [.. targets, targets[0] with { Name = "second" }]);

        var error = LoadFails("""{ "name": "x", "warningThreshold": 0.5, "targets": { "answer": { "workingTime": "PT1M" }, "second": { "workingTime": "PT0M" } } }""", two);

        Assert.Equal(("second", "workingTime"), (error.Target, error.Field));
        Assert.Equal(Duration.FromMinutes(10), two.Target("answer").Deadline.Amount);
        Assert.Equal(0.75, two.WarningThreshold);
    }

    /// <summary>ISO-8601 texts for durations of whole seconds, written in several ways (hours, minutes and seconds; or minutes only).</summary>
    private static readonly Gen<(string Text, Duration Duration)> WorkingTimes =
        from seconds in Gen.Choose(1, 7 * 24 * 3600)
        from form in Gen.Choose(0, 2)
        select (form switch
        {
            0 => $"PT{seconds / 3600}H{seconds / 60 % 60}M{seconds % 60}S",
            1 => $"PT{seconds}S",
            _ => seconds % 60 == 0 ? $"PT{seconds / 60}M" : $"PT{seconds / 60}M{seconds % 60}S",
        }, Duration.FromSeconds(seconds));

    [Property(MaxTest = 200)]
    public Property A_working_time_d_from_a_file_gives_timers_due_at_start_plus_d_on_the_24x7_calendar() =>
        Prop.ForAll(WorkingTimes.ToArbitrary(), Gen.Choose(1, 120).ToArbitrary(), (time, baseMinutes) =>
        {
            var policy = SlaPolicyJson.Parse($$"""{ "name": "x", "targets": { "answer": { "workingTime": "{{time.Text}}" } } }""", AnswerPolicy(baseMinutes));
            var timer = OpenedAt0(policy);

            return timer.Deadline == At(0) + time.Duration && timer.State == SlaTimerState.Running;
        });

    [Property(MaxTest = 200)]
    public Property A_warning_threshold_from_a_file_warns_after_that_fraction_of_the_working_time() =>
        Prop.ForAll(WorkingTimes.ToArbitrary(), Gen.Choose(1, 99).ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (time, percent, onTarget) =>
        {
            var threshold = percent / 100.0;
            var json = onTarget
                ? $$"""{ "name": "x", "targets": { "answer": { "workingTime": "{{time.Text}}", "warningThreshold": {{threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)}} } } }"""
                : $$"""{ "name": "x", "warningThreshold": {{threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)}}, "targets": { "answer": { "workingTime": "{{time.Text}}" } } }""";
            var timer = OpenedAt0(SlaPolicyJson.Parse(json, AnswerPolicy()));

            return timer.WarningAt == At(0) + Duration.FromNanoseconds((long)(time.Duration.ToInt64Nanoseconds() * threshold));
        });

    [Property(MaxTest = 100)]
    public Property Targets_a_file_does_not_name_are_kept_as_they_were() =>
        Prop.ForAll(Gen.SubListOf(SlaDefaults.Policy.Targets.Where(t => t.Deadline.Kind != SlaDeadlineKind.AtCarriedInstant).Select(t => t.Name).ToArray()).Where(l => l.Count > 0).ToArbitrary(), names =>
        {
            var entries = string.Join(", ", names.Select(n => $$"""
                "{{n}}": { "workingTime": "PT1M" }
                """));
            var policy = SlaPolicyJson.Parse($$"""{ "name": "x", "targets": { {{entries}} } }""");

            return policy.Targets.Select(t => t.Name).SequenceEqual(SlaDefaults.Policy.Targets.Select(t => t.Name))
                && policy.Targets.All(t => names.Contains(t.Name)
                    ? t.Deadline.Amount == Duration.FromMinutes(1)
                    : ReferenceEquals(t, SlaDefaults.Policy.Target(t.Name)));
        });
}
