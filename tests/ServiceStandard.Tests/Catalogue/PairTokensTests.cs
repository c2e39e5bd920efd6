using ServiceStandard.Catalogue;

namespace ServiceStandard.Tests.Catalogue;

/// <summary>The tokens of the SQLite pair index, byte for byte as the catalogue has always written them.</summary>
public sealed class PairTokensTests
{
    [Fact]
    public void Each_pair_of_adjacent_characters_once_in_the_order_met_and_each_run_end_with_the_end_mark()
    {
        // Made by the implementation that allocated a string per pair (before the build made them on worker threads):
        // 药品 twice (one token), A to Z lower-cased but not Ä, the ideographic space and a lone surrogate (U+FFFD).
        var tokens = SearchText.PairTokens(["药品药品 AB", string.Empty, "Ä\u3000😀x", "  a\ud800b "]);

        Assert.Equal("ge88dafe59381 ge59381e88daf ge5938100 g6162 g6200 gc38400 gf09f988078 g7800 g61efbfbd gefbfbd62", tokens);
        Assert.Equal(string.Empty, SearchText.PairTokens([" ", string.Empty]));
    }
}
