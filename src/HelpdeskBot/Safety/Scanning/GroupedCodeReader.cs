namespace HelpdeskBot.Safety.Scanning;

/// <summary>
/// A one-time code typed the way its screen shows it, with no word for it: six digits in even groups (two of three,
/// three of two) straight after a verb of entering — "I typed 60 39 18 then the page refreshed", "masukin 33 90 47 kok
/// invalid ya" — or between "use" and "to", as a sign-in message words it ("Use 845 219 to sign in"). Thirteenth round.
/// Phone numbers, amounts, dates and ids are not written in such groups; anything longer or uneven is left alone.
/// </summary>
internal static class GroupedCodeReader
{
    private const int CodeDigits = 6;

    public static void Scan(string text, MessageWords words, ref List<SecretSpan>? found)
    {
        var all = words.All[..words.Readable];
        Span<char> buffer = stackalloc char[24];
        for (var i = 1; i < all.Length; i++)
        {
            var size = GroupSize(text, all[i]);
            if (size == 0 || GroupSize(text, all[i - 1]) != 0)
            {
                continue;
            }

            var last = i;
            while (last + 1 < all.Length && (last + 1 - i + 1) * size <= CodeDigits && GroupSize(text, all[last + 1]) == size
                   && !EndsClause(text, all[last]))
            {
                last++;
            }

            if ((last - i + 1) * size != CodeDigits || (last + 1 < all.Length && !EndsClause(text, all[last]) && StartsWithDigit(text, all[last + 1])))
            {
                i = last;
                continue;
            }

            // "… 30 45 minutes", "… 50 75 ribu": a count or an amount.
            if (last + 1 < all.Length && ChatWords.Classify(all[last + 1].Lower(text, buffer)).HasAny(WordFlags.SizeUnit | WordFlags.CountUnit))
            {
                i = last;
                continue;
            }

            // "I entered 12 05 90 as my date of birth": a date typed in a form.
            if (DateFollows(text, all, last, buffer))
            {
                i = last;
                continue;
            }

            var verb = i - 1;
            // "keyed in 48 21 90", "put in …".
            if (verb > 0 && all[verb].Lower(text, buffer) is "in")
            {
                verb--;
            }

            var before = all[verb].Lower(text, buffer);
            var entered = ChatWords.Classify(before).HasAny(WordFlags.EntryVerb) && !EndsClause(text, all[verb]) && !EndsClause(text, all[i - 1]);
            before = all[i - 1].Lower(text, buffer);
            var used = before is "use" or "gunakan" or "pakai" or "pake" && last + 1 < all.Length
                       && all[last + 1].Lower(text, buffer) is "to" or "untuk" or "utk" or "for";
            if ((entered || used) && !Covered(found, all[i].CoreStart, all[last].CoreEnd))
            {
                SecretSpan.Add(ref found, all[i].CoreStart, all[last].CoreEnd, SecretKind.Otp);
            }

            i = last;
        }
    }

    private static bool DateFollows(string text, ReadOnlySpan<SentenceWord> all, int last, Span<char> buffer)
    {
        for (var k = last + 1; k < all.Length && k <= last + 4; k++)
        {
            if (all[k].Lower(text, buffer) is "date" or "birth" or "dob" or "birthday" or "tanggal" or "tgl" or "lahir" or "ultah")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>2 or 3 for a word of that many digits (closing punctuation aside), else 0.</summary>
    private static int GroupSize(string text, SentenceWord word)
    {
        var length = word.CoreEnd - word.CoreStart;
        return word.CoreStart == word.Start && length is 2 or 3 && Shapes.IsAllDigits(text.AsSpan(word.CoreStart, length)) ? length : 0;
    }

    private static bool EndsClause(string text, SentenceWord word) => word.End > word.CoreEnd && ChatToken.IsClausePunctuation(text[word.End - 1]);

    private static bool StartsWithDigit(string text, SentenceWord word) => word.CoreStart < word.CoreEnd && char.IsAsciiDigit(text[word.CoreStart]);

    private static bool Covered(List<SecretSpan>? found, int start, int end)
    {
        foreach (var span in found ?? [])
        {
            if (span.Start < end && start < span.End)
            {
                return true;
            }
        }

        return false;
    }
}
