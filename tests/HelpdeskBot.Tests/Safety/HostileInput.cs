using System.Text;

namespace HelpdeskBot.Tests.Safety;

/// <summary>100 KB texts built to make a careless scanner backtrack or rescan; shared with the benchmark's idea of "hostile".</summary>
internal static class HostileInput
{
    public const int Size = 100 * 1024;

    public static IEnumerable<object[]> All() =>
        new (string Name, string Text)[]
        {
            ("100k digits", Repeat("4")),
            ("digits and spaces alternating", Repeat("4 ")),
            ("digits and dashes alternating", Repeat("1-")),
            ("digit groups of four", Repeat("4111 ")),
            ("Luhn-valid cards back to back", Repeat("4111 1111 1111 1111 ")),
            ("password password password", Repeat("password ")),
            ("password: password: password:", Repeat("password: ")),
            ("keywords glued together", Repeat("pin:otp=")),
            ("pin pin pin", Repeat("pin ")),
            ("keyword then filler words", Repeat("PIN saya yang baru adalah ")),
            ("one endless token", "password " + Repeat("a")),
            ("keyword then endless whitespace", "password" + new string(' ', Size)),
            ("dots between digits", Repeat("1.")),
            ("NIK words and digits", Repeat("NIK 3571 ")),
            ("quotes that never close", Repeat("password \"")),
            ("zero-width characters", Repeat("\u200B")),
            ("digits between zero-width characters", Repeat("4\u200B")),
            ("digits and mixed separator runs", Repeat("4 -.")),
            ("groups and spaced dashes", Repeat("4111 - ")),
            ("full-width digits", Repeat("\uFF14\uFF11\uFF11\uFF11 ")),
            ("full-width letters", Repeat("\uFF50\uFF41\uFF53\uFF53\uFF57\uFF4F\uFF52\uFF44 ")),
            ("look-alike letters", Repeat("\u0440\u0430ssw\u043Erd ")),
            ("spaced-out keyword", Repeat("p a s s w o r d ")),
            ("spaced-out letters", Repeat("p ")),
            ("keyword with digits for letters", Repeat("p@ssw0rd: ")),
            ("keyword typos", Repeat("pasword ")),
            ("bare code words with context", Repeat("code sms ")),
            ("keywords waiting for a value", Repeat("my password is ")),
            ("spelled digits", Repeat("one two three ")),
            ("pin then spelled digits", Repeat("pin satu dua tiga empat lima enam tujuh delapan sembilan ")),
            ("keywords set off by commas", Repeat("pin, 1234, ")),
            ("keyword then verbs of typing", Repeat("pin and I entered ")),
            ("google codes back to back", Repeat("G-123456 ")),
            ("G dashes", Repeat("G-")),
            ("leet keywords run on", Repeat("p@ssw0rd1")),
            ("brackets after a keyword", Repeat("password (")),
            ("card expiry digits", Repeat("4111 1111 1111 1111 09/27 ")),
            ("digits spaced in blocks", Repeat("4 1 1 1 - ")),
            ("long arrows", Repeat("password ---")),
            ("emoji", Repeat("\U0001F600")),
            // The seventeenth round's readers: digits read out one by one with words between, card halves with words between,
            // links' queries, settings, code digits said as words at the end.
            ("digits one by one between words", Repeat("his is 2 0 0 4 and ")),
            ("card halves between words", Repeat("4139 1291 then half of it ")),
            ("query parameters", Repeat("x?u=a&p=bbbbbb&")),
            ("settings back to back", Repeat("APP_ENV=prod;DB=x;")),
            ("code words spelled at the end", Repeat("the code was seven four nine ")),
        }.Select(c => new object[] { c.Name, c.Text });

    private static string Repeat(string unit)
    {
        var text = new StringBuilder(Size + unit.Length);
        while (text.Length < Size)
        {
            text.Append(unit);
        }

        return text.ToString(0, Size);
    }
}
