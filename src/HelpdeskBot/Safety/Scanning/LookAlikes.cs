using System.Collections.Frozen;

namespace HelpdeskBot.Safety.Scanning;

/// <summary>
/// Cyrillic and Greek letters drawn like Latin ones ("раssword" with a Cyrillic р and а). Folded before scanning so
/// a keyword or a value cannot hide behind another script; case is kept, because a password's shape depends on it.
/// </summary>
internal static class LookAlikes
{
    private static readonly FrozenDictionary<int, char> Latin = new Dictionary<int, char>
    {
        // Cyrillic lowercase
        [0x0430] = 'a', [0x0432] = 'b', [0x0435] = 'e', [0x043A] = 'k', [0x043C] = 'm', [0x043D] = 'h', [0x043E] = 'o',
        [0x0440] = 'p', [0x0441] = 'c', [0x0442] = 't', [0x0443] = 'y', [0x0445] = 'x', [0x0455] = 's', [0x0456] = 'i',
        [0x0457] = 'i', [0x0458] = 'j', [0x04BB] = 'h', [0x0501] = 'd', [0x051B] = 'q', [0x051D] = 'w', [0x04CF] = 'l',

        // Cyrillic uppercase
        [0x0410] = 'A', [0x0412] = 'B', [0x0415] = 'E', [0x041A] = 'K', [0x041C] = 'M', [0x041D] = 'H', [0x041E] = 'O',
        [0x0420] = 'P', [0x0421] = 'C', [0x0422] = 'T', [0x0423] = 'Y', [0x0425] = 'X', [0x0405] = 'S', [0x0406] = 'I',
        [0x0408] = 'J', [0x04C0] = 'I', [0x051A] = 'Q', [0x051C] = 'W',

        // Greek lowercase
        [0x03B1] = 'a', [0x03B5] = 'e', [0x03B9] = 'i', [0x03BA] = 'k', [0x03BD] = 'v', [0x03BF] = 'o', [0x03C1] = 'p',
        [0x03C4] = 't', [0x03C5] = 'u', [0x03C7] = 'x', [0x03F2] = 'c', [0x03F3] = 'j',

        // Greek uppercase
        [0x0391] = 'A', [0x0392] = 'B', [0x0395] = 'E', [0x0396] = 'Z', [0x0397] = 'H', [0x0399] = 'I', [0x039A] = 'K',
        [0x039C] = 'M', [0x039D] = 'N', [0x039F] = 'O', [0x03A1] = 'P', [0x03A4] = 'T', [0x03A5] = 'Y', [0x03A7] = 'X',
        [0x03F9] = 'C', [0x037F] = 'J',
    }.ToFrozenDictionary();

    public static bool TryFold(int codePoint, out char latin) => Latin.TryGetValue(codePoint, out latin);
}
