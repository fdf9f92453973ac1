// begin-snippet: sms-notifier
using System.Globalization;
using PropertyService;
using PropertyService.Escalation;

namespace Acme.PropertyService;

/// <summary>What the vendor already has: an SMS gateway and a staff directory.</summary>
public interface ISmsGateway
{
    Task SendAsync(string phone, string text, CancellationToken cancellationToken);
}

public interface IStaffDirectory
{
    IEnumerable<string> PhonesOf(SiteId site, Role role);
}

/// <summary>Sends each escalation notice, in Chinese, to everyone holding the role notified at the site.</summary>
public sealed class SmsNotifier(ISmsGateway sms, IStaffDirectory staff) : IEscalationNotifier
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public async ValueTask NotifyAsync(EscalationNotice notice, CancellationToken cancellationToken)
    {
        var text = notice.Describe(Chinese);
        foreach (var phone in staff.PhonesOf(notice.Site, notice.Role))
        {
            await sms.SendAsync(phone, text, cancellationToken);
        }
    }
}
// end-snippet
