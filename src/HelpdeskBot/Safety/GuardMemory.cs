using System.Text.Json.Serialization;

namespace HelpdeskBot.Safety;

/// <summary>
/// What the guard carries from one user message to the next, kept in the conversation's state for one turn: that
/// the last message ended on a keyword still waiting for its value ("my password is", "PIN saya:"), or on digits
/// that may open a card number. It never holds a secret: the kind awaited, and for a card only how many digits came,
/// which lengths their first digits allow and two Luhn sums mod 10 — enough to check the rest, too little to
/// rebuild a single digit.
/// </summary>
public sealed record GuardMemory
{
    public AwaitedSecret? Awaiting { get; init; }

    /// <summary>The keyword ended with a colon ("password:"), so any word that follows is its value.</summary>
    public bool AfterColon { get; init; }

    public CardStart? CardStart { get; init; }

    /// <summary>How many digits of a code the message ended on ("kodenya 73": 2, "… tadi 5 5 8": 3), the rest to come; 0 for none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int CodeDigits { get; init; }
}

/// <summary>The kind of value a message left waiting for.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AwaitedSecret>))]
public enum AwaitedSecret
{
    Password,
    Passcode,
    Credentials,
    LoginCode,
    Pin,
    Otp,
    Cvv,
    SecurityCode,
    Passphrase,
}

/// <summary>
/// The opening digits of a possible card number, as a count, a bit set of the total lengths (13–19, bit 0 = 13) their
/// issuer range allows, and their Luhn sum mod 10 when the digits after them are even or odd in number.
/// </summary>
public sealed record CardStart(int Digits, int Lengths, int LuhnIfEven, int LuhnIfOdd);
