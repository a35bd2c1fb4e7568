using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using HelpdeskBot.Safety;

namespace HelpdeskBot.Benchmarks;

/// <summary>
/// The guard's scan. Targets (issue 13): at least 50 MB/s of typical chat text on one core, and a hostile
/// 100 KB message in time linear in its length (well under 1 ms per KB). The MB/s and µs/KB columns divide the
/// UTF-8 bytes scanned per operation by the mean time. Run: <c>dotnet run -c Release --project benchmarks/HelpdeskBot.Benchmarks -- --filter *SecretScanner* --job short</c>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class SecretScannerBenchmarks
{
    private readonly SecretScanner _scanner = new();

    /// <summary>Messages as people type them into a helpdesk chat: mostly plain, some with numbers, a few with secrets.</summary>
    internal static readonly string[] TypicalChat =
    [
        "Hi, I can't log in to Outlook since this morning",
        "laptop saya tidak bisa connect ke wifi kantor",
        "It says \"Your account has been locked. Contact your administrator.\"",
        "sudah coba restart 3 kali tetap sama",
        "my user id is budi_s88",
        "the app is the HR portal hr.kantor.co.id",
        "It started after the Windows update on 12 May around 09:30",
        "error 0x80070005 when installing the printer driver",
        "printer di lantai 3 macet terus, kertas nyangkut",
        "I forgot my password and the reset link never arrives",
        "VPN disconnects every 10 minutes when I'm on the hotel wifi",
        "aplikasi absensi error sejak kemarin sore, muncul pesan koneksi terputus",
        "I expected the invoice to show Rp 1.500.000 but it shows Rp 15.000.000",
        "order INV-2024-0042 was charged twice, transaction 4539148803436461",
        "nomor HP saya 0812 3456 7890, tolong hubungi via WA",
        "Teams call keeps dropping after 2 minutes on my home network",
        "monitor kedua tidak terdeteksi setelah pakai docking station baru",
        "I tried clearing the cache, reinstalling and signing out and in again",
        "sudah clear cache, logout login, tetap tidak bisa",
        "screenshot attached, the error appears right after I press Submit",
        "please escalate this to a human agent, it's urgent",
        "what is the status of my ticket HD-7K3Q?",
        "server 10.10.20.30 is unreachable from the 192.168.1.0/24 network",
        "app version 5.6.7 crashes on iOS 17.4.1",
        "lupa PIN m-banking, gimana cara resetnya?",
        "I never get the OTP on my new phone",
        "my card 4111 1111 1111 1111 was charged twice",
        "password: Rahasia123 tapi tetap ditolak",
        "kode OTP 839201 sudah saya masukkan tapi gagal",
        "email saya tidak bisa kirim lampiran lebih dari 10 MB",
        "the shared mailbox for finance stopped syncing yesterday",
        "kalau buka SharePoint muncul error 403 forbidden",
        "NIK saya 3273014101900003 tidak terdaftar di sistem",
        "I changed my password yesterday and now my phone keeps asking for it",
        "tolong bantu, deadline laporan jam 5 sore ini",
        "the projector in meeting room 4B shows no signal",
    ];

    /// <summary>All <see cref="TypicalChat"/> messages, one scan each, as a turn would.</summary>
    [Benchmark]
    public int TypicalChatMessages()
    {
        var found = 0;
        foreach (var message in TypicalChat)
        {
            found += _scanner.Scan(message).Kinds.Count;
        }

        return found;
    }

    /// <summary>
    /// What a turn costs the guard: each message scanned alone, then again against what the previous message left
    /// waiting (a dangling "my password is", the opening digits of a card).
    /// </summary>
    [Benchmark]
    public int TypicalChatTurns()
    {
        var found = 0;
        GuardMemory? memory = null;
        foreach (var message in TypicalChat)
        {
            var alone = _scanner.Scan(message);
            (var after, memory) = _scanner.ScanAfter(alone.Redacted, memory);
            found += alone.Kinds.Count + after.Kinds.Count;
        }

        return found;
    }

    internal sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig()
        {
            AddColumn(new ThroughputColumn("MB/s", (bytes, ns) => bytes / ns * 1e9 / 1e6));
            AddColumn(new ThroughputColumn("µs/KB", (bytes, ns) => ns / 1e3 / (bytes / 1024.0)));
        }
    }

    internal static double BytesPerOperation(string method) => method switch
    {
        nameof(TypicalChatMessages) or nameof(TypicalChatTurns) => TypicalChat.Sum(m => Encoding.UTF8.GetByteCount(m)),
        nameof(SecretScannerHostileBenchmarks.Hostile100KB) => SecretScannerHostileBenchmarks.HostileSize,
        nameof(SecretScannerHostileBenchmarks.Hostile400KB) => SecretScannerHostileBenchmarks.LargeHostileSize,
        _ => double.NaN,
    };
}

/// <summary>
/// One hostile message per kind of hostility: long digit runs, separator runs, keyword floods, invisible and
/// full-width characters, secrets back to back. At 100 KB and 400 KB: the same µs/KB at both sizes is linear time.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SecretScannerBenchmarks.ThroughputConfig))]
public class SecretScannerHostileBenchmarks
{
    public const int HostileSize = 100 * 1024;
    public const int LargeHostileSize = 4 * HostileSize;

    private readonly SecretScanner _scanner = new();
    private string _hostile = "";
    private string _largeHostile = "";

    public static IEnumerable<string> HostileKinds => Inputs.Keys;

    [ParamsSource(nameof(HostileKinds))]
    public string Kind { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _hostile = Repeat(Inputs[Kind], HostileSize);
        _largeHostile = Repeat(Inputs[Kind], LargeHostileSize);
    }

    /// <summary>One hostile 100 KB message.</summary>
    [Benchmark]
    public ScanResult Hostile100KB() => _scanner.Scan(_hostile);

    /// <summary>The same, four times as long.</summary>
    [Benchmark]
    public ScanResult Hostile400KB() => _scanner.Scan(_largeHostile);

    private static readonly Dictionary<string, string> Inputs = new()
    {
        ["digits"] = "4",
        ["digit-space"] = "4 ",
        ["cards"] = "4111 1111 1111 1111 ",
        ["password-repeated"] = "password ",
        ["pin-colon-repeated"] = "pin: ",
        ["filler-words"] = "PIN saya yang baru adalah ",
        ["separator-runs"] = "4 -.",
        ["zero-width"] = "\u200B",
        ["zero-width-digits"] = "4\u200B",
        ["full-width-letters"] = "\uFF50\uFF41\uFF53\uFF53\uFF57\uFF4F\uFF52\uFF44 ",
        ["spaced-keyword"] = "p a s s w o r d ",
        ["leet-keyword"] = "p@ssw0rd: ",
        ["typo-keyword"] = "pasword ",
        ["code-with-context"] = "code sms ",
        ["spelled-digits"] = "pin satu dua tiga empat lima enam tujuh delapan sembilan ",
        ["comma-set-values"] = "pin, 1234, ",
        ["verbs-of-typing"] = "pin and I entered ",
        ["google-codes"] = "G-123456 ",
        ["leet-run-on"] = "p@ssw0rd1",
        ["expiry-then-digits"] = "4111 1111 1111 1111 09/27 ",
        ["digits-in-blocks"] = "4 1 1 1 - ",
    };

    private static string Repeat(string unit, int size)
    {
        var text = new StringBuilder(size + unit.Length);
        while (text.Length < size)
        {
            text.Append(unit);
        }

        return text.ToString(0, size);
    }
}
