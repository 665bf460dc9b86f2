namespace Hub.Linkage.Tests;

/// <summary>
/// One phone number and the ways people write it. <see cref="Area"/> is empty for a Chinese mobile (13800138000),
/// the area code for a Chinese landline (10 for Beijing, written 010 at home) and for a US number.
/// </summary>
internal sealed record HardCasePhone(string CountryCode, string Area, string Local)
{
    public bool Chinese => CountryCode == "86";

    /// <summary>The number in E.164, e.g. +8613800138000; what every written form must normalise to.</summary>
    public string E164 => "+" + CountryCode + Area + Local;

    /// <summary>
    /// The number written in one of the common styles. Returns whether the text is in national format, which can
    /// only be read with the record's country (a national US number is also read right by the default region).
    /// </summary>
    public (string Text, bool National) Write(Random rng) => Chinese ? WriteChinese(rng) : WriteUs(rng);

    private (string, bool) WriteChinese(Random rng)
    {
        if (Area.Length == 0)
        {
            // 138 0013 8000: mobiles are grouped 3-4-4.
            string a = Local[..3], b = Local[3..7], c = Local[7..];
            return rng.Next(6) switch
            {
                0 => ($"+86 {a} {b} {c}", false),
                1 => ($"0086 {Local}", false),
                2 => ($"{a}-{b}-{c}", true),
                3 => ($"+86-{Local}", false),
                4 => ($"+86{Local}", false),
                _ => (Local, true),
            };
        }

        string head = Local[..4], tail = Local[4..];
        return rng.Next(6) switch
        {
            0 => ($"0{Area}-{Local}", true),
            1 => ($"(0{Area}) {head} {tail}", true),
            2 => ($"+86 {Area} {head} {tail}", false),
            3 => ($"0086 {Area} {Local}", false),
            4 => ($"+86-{Area}-{Local}", false),
            _ => ($"0{Area}{Local}", true),
        };
    }

    private (string, bool) WriteUs(Random rng)
    {
        string exchange = Local[..3], line = Local[3..];
        return rng.Next(6) switch
        {
            0 => ($"({Area}) {exchange}-{line}", true),
            1 => ($"+1 {Area} {exchange} {line}", false),
            2 => ($"{Area}-{exchange}-{line}", true),
            3 => ($"{Area}.{exchange}.{line}", true),
            4 => ($"1-{Area}-{exchange}-{line}", true),
            _ => ($"+1{Area}{exchange}{line}", false),
        };
    }
}
