using Sesam.Domain.Gemensamt;

namespace Sesam.Web.Features.Gemensamt;

/// <summary>Reads an uploaded bilaga, refusing an oversized one before it is read into memory.</summary>
public static class Bilageuppladdning
{
    /// <summary>Room in one request for a bilaga of the largest size and the form around it.</summary>
    public const int MaxForfragan = 2 * Bilagefil.MaxStorlek;

    /// <returns>The file's name and content; an empty content when no file was chosen (the domain says so).</returns>
    public static async Task<(string? Filnamn, byte[] Innehall)> LasAsync(IFormFile? fil, CancellationToken ct)
    {
        if (fil is { Length: > Bilagefil.MaxStorlek })
        {
            throw new DomainException(Bilagefil.ForStorText(fil.Length));
        }
        using var minne = new MemoryStream();
        if (fil is not null)
        {
            await fil.CopyToAsync(minne, ct);
        }
        return (fil?.FileName, minne.ToArray());
    }
}
