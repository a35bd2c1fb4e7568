namespace HelpdeskBot.Data.Sqlite;

/// <summary>
/// How the SQLite store keeps a <see cref="DateTimeOffset"/> in an INTEGER column (SQLite cannot order by one): the
/// format of EF Core's <c>DateTimeOffsetToBinaryConverter</c>, which wrote the rows already stored — the clock time
/// in units of 0.1 ms shifted left 11 bits, the offset in minutes in the low 11. Values of one offset order by time.
/// </summary>
public static class SqliteTimestamp
{
    private const int OffsetBits = 11;
    private const long OffsetMask = (1L << OffsetBits) - 1;
    private const long TicksPerUnit = 1000;

    public static long ToInteger(DateTimeOffset value) =>
        ((value.Ticks / TicksPerUnit) << OffsetBits) | ((long)value.Offset.TotalMinutes & OffsetMask);

    public static DateTimeOffset FromInteger(long value) =>
        new(new DateTime((value >> OffsetBits) * TicksPerUnit), TimeSpan.FromMinutes((value << (64 - OffsetBits)) >> (64 - OffsetBits)));
}
