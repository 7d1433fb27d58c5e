using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace Samsyn.Web.Infrastructure.Pdf;

public sealed class PdfOptions
{
    public const string Section = "Pdf";

    /// <summary>Headless Chromium that turns the print pages into PDF.</summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    public int TimeoutSeconds { get; set; } = 30;
}

/// <summary>
/// Turns a print page into a PDF with headless Chromium: the best layout for the least code,
/// since the print page is already what people print. Where Chromium is missing the print page
/// still works and the caller tells the user why there is no PDF.
/// </summary>
public sealed class ChromiumPdf(IOptions<PdfOptions> options, ILogger<ChromiumPdf> logger)
{
    public bool IsAvailable => File.Exists(options.Value.ChromiumPath);

    /// <summary>Prints <paramref name="url"/> to PDF; null when Chromium is missing or fails.</summary>
    public async Task<byte[]?> RenderAsync(Uri url, CancellationToken ct)
    {
        if (!IsAvailable) return null;
        var folder = Directory.CreateTempSubdirectory("samsyn-pdf-");
        try
        {
            var output = Path.Combine(folder.FullName, "out.pdf");
            var start = new ProcessStartInfo(options.Value.ChromiumPath)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                         "--disable-sync", "--no-first-run", "--disable-quic", $"--user-data-dir={Path.Combine(folder.FullName, "profile")}",
                         "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw",
                         $"--print-to-pdf={output}", url.ToString(),
                     })
                start.ArgumentList.Add(arg);

            using var process = Process.Start(start)!;
            // Drain both pipes from the start, or a chatty Chromium blocks on a full pipe.
            var errors = process.StandardError.ReadToEndAsync(ct);
            _ = process.StandardOutput.ReadToEndAsync(ct);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.TimeoutSeconds));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                logger.LogWarning("Chromium did not finish the PDF of {Url} in time", url);
                return null;
            }
            if (process.ExitCode != 0 || !File.Exists(output))
            {
                logger.LogWarning("Chromium failed to print {Url}: exit {Code}, {Error}", url, process.ExitCode, await errors);
                return null;
            }
            return await File.ReadAllBytesAsync(output, ct);
        }
        finally
        {
            try { folder.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
