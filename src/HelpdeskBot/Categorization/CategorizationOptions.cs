using System.ComponentModel.DataAnnotations;
using HelpdeskBot.Data.Configuration;
namespace HelpdeskBot.Categorization;

/// <summary>Options bound from <c>Helpdesk:Categorization</c>.</summary>
public sealed class CategorizationOptions
{
    public const string Section = "Helpdesk:Categorization";
    public const string LocalProvider = "Local";
    public const string AzureLanguageProvider = "AzureLanguage";

    /// <summary><c>Local</c> (the ML.NET model, default) or <c>AzureLanguage</c> (custom text classification, falling back to local).</summary>
    [OneOf(LocalProvider, AzureLanguageProvider)]
    public string Provider { get; set; } = LocalProvider;

    /// <summary>
    /// Under this confidence the bot asks the user to pick from the top three. At 0.6 the local model, measured by
    /// 5-fold cross-validation, asks about one user in ten, is right for 96% of the rest, and offers the right
    /// category among the three 99% of the times it asks (Categorization/README.md has the table).
    /// </summary>
    [Range(0.0, 1.0)]
    public double ConfidenceThreshold { get; set; } = 0.6;

    /// <summary>
    /// The labelled examples (<c>category TAB language TAB text</c>). Relative paths are taken from the content root.
    /// Default: the file shipped with the app, <c>Categorization/training.tsv</c> next to the binaries.
    /// </summary>
    public string? TrainingFile { get; set; }

    /// <summary>Where the trained model is cached; default <c>categorization</c> in the data directory.</summary>
    public string? ModelCacheDirectory { get; set; }

    /// <summary>The categories. Empty means the five defaults (<see cref="DefaultCategories"/>).</summary>
    /// <remarks>Not pre-filled: the configuration binder appends to a list that already has items.</remarks>
    public List<CategoryDefinition> Categories { get; set; } = [];

    public AzureLanguageOptions AzureLanguage { get; set; } = new();

    public static IReadOnlyList<CategoryDefinition> DefaultCategories { get; } =
    [
        new()
        {
            Id = "login",
            EnglishName = "Sign-in and account access",
            IndonesianName = "Masuk dan akses akun",
            EnglishDescription = "Locked accounts, failed log-in, sessions that expire, missing verification codes, forgotten passwords.",
            IndonesianDescription = "Akun terkunci, gagal masuk, sesi yang habis, kode verifikasi tidak datang, lupa kata sandi.",
        },
        new()
        {
            Id = "feature",
            EnglishName = "A feature does not work",
            IndonesianName = "Fitur tidak berfungsi",
            EnglishDescription = "Errors, crashes, blank or frozen screens, slowness, notifications, uploads, search.",
            IndonesianDescription = "Error, aplikasi tertutup sendiri, layar kosong atau macet, lambat, notifikasi, unggahan, pencarian.",
        },
        new()
        {
            Id = "transaction",
            EnglishName = "Payments and transactions",
            IndonesianName = "Pembayaran dan transaksi",
            EnglishDescription = "Payments, top-ups, transfers, refunds, double charges, billing, cashback, withdrawals.",
            IndonesianDescription = "Pembayaran, isi saldo, transfer, pengembalian dana, tagihan ganda, penagihan, cashback, penarikan.",
        },
        new()
        {
            Id = "security",
            EnglishName = "Security and fraud",
            IndonesianName = "Keamanan dan penipuan",
            EnglishDescription = "Hacked accounts, fraud, phishing, unknown devices or transactions, stolen phones.",
            IndonesianDescription = "Akun diretas, penipuan, phishing, perangkat atau transaksi tak dikenal, ponsel dicuri.",
        },
        new()
        {
            Id = "other",
            EnglishName = "Questions, requests and suggestions",
            IndonesianName = "Pertanyaan, permintaan, dan saran",
            EnglishDescription = "Anything that is not a fault: how-to questions, account changes, requests, feedback and ideas.",
            IndonesianDescription = "Selain gangguan: pertanyaan cara pakai, perubahan data akun, permintaan, masukan, dan ide.",
        },
    ];
}

/// <summary>A category: a fixed id (what tickets store) and its names and descriptions in English and Indonesian.</summary>
public sealed class CategoryDefinition
{
    public string Id { get; set; } = "";
    public string EnglishName { get; set; } = "";
    public string IndonesianName { get; set; } = "";
    public string? EnglishDescription { get; set; }
    public string? IndonesianDescription { get; set; }
}

/// <summary>
/// Azure AI Language custom single-label classification. The key comes from environment variables or user secrets
/// (<c>Helpdesk__Categorization__AzureLanguage__Key</c>), never from a committed file.
/// </summary>
public sealed class AzureLanguageOptions
{
    /// <summary>The resource endpoint, e.g. <c>https://my-language.cognitiveservices.azure.com</c>.</summary>
    [Url]
    public string? Endpoint { get; set; }
    public string? Key { get; set; }
    public string? ProjectName { get; set; }
    public string? DeploymentName { get; set; }

    /// <summary>The whole call (submit and polling, retries included) must finish within this, or the local model answers.</summary>
    [Range(0.1, 600.0)]
    public double TimeoutSeconds { get; set; } = 5;

    public string ApiVersion { get; set; } = "2023-04-01";

    /// <summary>Delay between job status polls when the service sends no Retry-After.</summary>
    [Range(1, 60_000)]
    public int PollIntervalMilliseconds { get; set; } = 250;
}
