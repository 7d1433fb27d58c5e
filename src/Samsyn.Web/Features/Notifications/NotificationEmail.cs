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

    /// <summary>The daily digest: one email listing what the person chose to get once a day.</summary>
    public static MimeMessage Digest(IReadOnlyList<Notification> notifications, Guid digestId, string recipientName, string recipientEmail, SmtpOptions options)
    {
        var baseUrl = options.BaseUrl.TrimEnd('/');
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.FromName, options.From));
        message.To.Add(new MailboxAddress(recipientName, recipientEmail));
        message.Subject = notifications.Count == 1
            ? $"Samsyn i dag: {notifications[0].Subject}"
            : $"Samsyn i dag: {notifications.Count} notiser";
        message.MessageId = $"digest-{digestId:N}@samsyn";
        var text = new System.Text.StringBuilder()
            .Append("Hej ").Append(recipientName).AppendLine("!").AppendLine()
            .AppendLine("Det här har hänt i Samsyn sedan förra sammanfattningen:").AppendLine();
        var html = new System.Text.StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"sv\"><body style=\"font-family:Arial,sans-serif;color:#0b0c0c\">")
            .Append("<p>Hej ").Append(WebUtility.HtmlEncode(recipientName)).Append("!</p>")
            .Append("<p>Det här har hänt i Samsyn sedan förra sammanfattningen:</p><ul>");
        foreach (var n in notifications)
        {
            var link = $"{baseUrl}{n.Link}";
            text.Append("• ").AppendLine(n.Subject).Append("  ").AppendLine(n.Body).Append("  ").AppendLine(link).AppendLine();
            html.Append("<li><p><a href=\"").Append(WebUtility.HtmlEncode(link)).Append("\">").Append(WebUtility.HtmlEncode(n.Subject))
                .Append("</a><br>").Append(WebUtility.HtmlEncode(n.Body)).Append("</p></li>");
        }
        text.Append("Ändra vad du får och hur: ").Append(baseUrl).AppendLine("/notiser/installningar").AppendLine()
            .Append("Du får det här meddelandet från Samsyn. Innehåller aldrig patientuppgifter.");
        html.Append("</ul><p><a href=\"").Append(WebUtility.HtmlEncode($"{baseUrl}/notiser/installningar")).Append("\">Ändra vad du får och hur</a></p>")
            .Append("<p style=\"color:#484949;font-size:90%\">Du får det här meddelandet från Samsyn. Innehåller aldrig patientuppgifter.</p></body></html>");
        message.Body = new BodyBuilder { TextBody = text.ToString(), HtmlBody = html.ToString() }.ToMessageBody();
        return message;
    }
}
