using System.Net;
using MimeKit;

namespace Samsyn.Web.Features.Notifications;

/// <summary>A notification as a Swedish email with plain-text and HTML bodies and a link back to Samsyn.</summary>
public static class NotificationEmail
{
    public static MimeMessage Compose(Notification notification, string recipientName, string recipientEmail, SmtpOptions options)
    {
        var link = $"{options.BaseUrl.TrimEnd('/')}{notification.Link}";
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.FromName, options.From));
        message.To.Add(new MailboxAddress(recipientName, recipientEmail));
        message.Subject = notification.Subject;
        message.MessageId = $"notification-{notification.Id}@samsyn";
        var text = $"""
            Hej {recipientName}!

            {notification.Body}

            Öppna i Samsyn: {link}

            Du får det här meddelandet från Samsyn. Innehåller aldrig patientuppgifter.
            """;
        var html = $"""
            <!DOCTYPE html><html lang="sv"><body style="font-family:Arial,sans-serif;color:#0b0c0c">
            <p>Hej {WebUtility.HtmlEncode(recipientName)}!</p>
            <p>{WebUtility.HtmlEncode(notification.Body)}</p>
            <p><a href="{WebUtility.HtmlEncode(link)}">Öppna i Samsyn</a></p>
            <p style="color:#484949;font-size:90%">Du får det här meddelandet från Samsyn. Innehåller aldrig patientuppgifter.</p>
            </body></html>
            """;
        message.Body = new BodyBuilder { TextBody = text, HtmlBody = html }.ToMessageBody();
        return message;
    }
}
