using HelpdeskBot.Safety;

namespace HelpdeskBot.Tests.Safety;

/// <summary>
/// What the twelfth user trial (a helper who never read the code, using the running bot) found in the guard, in other words
/// than the trial's: a password told as how it was typed, card groups joined by any mark, an error's code in brackets taken
/// for a one-time code, a pasted stack trace refused as a password while the session token in it was kept.
/// </summary>
public sealed class TwelfthTrialGuardTests
{
    [Theory]
    [InlineData("the password is right, I even tried typing it like Harbour#1987 really slowly", "the password is right, I even tried typing it like [password removed] really slowly")]
    [InlineData("sy bales email itu trs nulis Kelapa*55 disitu, apa itu penipuan?", "sy bales email itu trs nulis [password removed] disitu, apa itu penipuan?")]
    public void A_password_told_as_how_it_was_typed_or_written_is_refused(string text, string redacted) =>
        ScannerAssert.Found(text, SecretKind.Password, redacted);

    [Theory]
    [InlineData("my mastercard is 5425~2334~3010~9903 and it is declined", "my mastercard is [card number removed] and it is declined")]
    [InlineData("kartu sy 5425|2334|3010|9903 ditolak", "kartu sy [card number removed] ditolak")]
    [InlineData("card 5425*2334*3010*9903 exp 04/28", "card [card number removed] exp 04/28")]
    [InlineData("visa: 4539+1488+0343+6467", "visa: [card number removed]")]
    public void Card_groups_joined_by_any_mark_are_a_card(string text, string redacted) =>
        ScannerAssert.Found(text, SecretKind.Card, redacted);

    [Theory]
    [InlineData("ga bisa login ke m-banking dr td pagi, keluar tulisan 'Sesi anda telah berakhir (kode 7310)' padahal baru masuk")]
    [InlineData("login keeps failing with 'Session expired (code 4420)' right after I sign in")]
    [InlineData("paid Rp 4,500,000,000,000 for the fleet, transfer failed")]
    [InlineData("I wrote ERR_SSL_PROTOCOL_ERROR_107 in the form like you asked")]
    public void An_error_code_in_brackets_an_amount_and_a_system_name_are_clean(string text) => ScannerAssert.Clean(text);

    /// <summary>Two ids a system printed side by side are no two spellings of a password (the agent saw "[password removed] and [password removed]").</summary>
    [Theory]
    [InlineData("PSN id: kenji_m_92. transaction ids are 7K2M-99QA-LL0P and 7K2M-99QA-LL0Q.")]
    [InlineData("ref trx nya X9TQ-44BR-PLM2, X9TQ-44BR-PLM3 dua2nya gagal kak")]
    public void Two_printed_transaction_ids_side_by_side_are_clean(string text) => ScannerAssert.Clean(text);

    [Theory]
    [InlineData("tried Kucing-2024-Rumah and Kucing-2024-rumah, neither works", "tried [password removed] and [password removed], neither works")]
    public void Two_spellings_of_a_password_with_dashes_are_still_refused(string text, string redacted) =>
        ScannerAssert.Found(text, SecretKind.Password, redacted);

    [Fact]
    public void A_pasted_stack_trace_is_clean_and_only_the_token_in_it_is_removed()
    {
        const string trace = """
            FATAL EXCEPTION: GLThread 4412
            Process: com.example.game, PID: 30117
            java.lang.Error: signal 11 (SIGSEGV), code 2 (SEGV_ACCERR), fault addr 0x0000000000000020
                at libmain.0x51bc20(Native Method)
                at libil2cpp.il2cpp::vm::Object::New+0x2c
                at org.cocos2dx.lib.Cocos2dxRenderer.nativeRender(Native Method)
                at com.example.engine.Renderer$Loop.run(Renderer.java:388)
            """;
        ScannerAssert.Clean(trace);
        var withToken = trace + "\nsession token=9c2e4f71aa03b8d5";
        ScannerAssert.Found(withToken, SecretKind.Password, trace + "\nsession token=[password removed]");
    }

    [Theory]
    [InlineData("api_key=sk4f9a21c07be3d2", "api_key=[password removed]")]
    [InlineData("the app logs access_token=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.Qm9x2 on every call", "the app logs access_token=[password removed] on every call")]
    [InlineData("it opens https://portal.example.com/home?session=eyJhbGciOiJIUzI1NiJ9.eyJ1aWQiOjQyfQ.x9Zq7 and shows a blank page", "it opens https://portal.example.com/home?session=[password removed] and shows a blank page")]
    public void A_token_or_key_assigned_in_a_pasted_line_is_removed(string text, string redacted) =>
        ScannerAssert.Found(text, SecretKind.Password, redacted);

    [Theory]
    [InlineData("token=expired")]
    [InlineData("the error says invalid token=null")]
    [InlineData("kode token=8 digit ya?")]
    public void A_token_assigned_a_word_is_clean(string text) => ScannerAssert.Clean(text);
}
