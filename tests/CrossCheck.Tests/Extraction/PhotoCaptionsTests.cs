using CrossCheck.Extraction;

namespace CrossCheck.Tests.Extraction;

public sealed class PhotoCaptionsTests
{
    [Theory]
    [InlineData("Edi Rama speaks in Skopje, 22 November 2023. EPA-EFE/GEORGI LICOVSKI")]
    [InlineData("Protesters gather outside parliament. AP Photo/Darko Vojinovic")]
    [InlineData("Troops patrol the border. REUTERS/Ognen Teofilovski")]
    [InlineData("The leaders met on Wednesday. Photo: Jane Doe")]
    [InlineData("Rescue workers at the scene (Reuters)")]
    [InlineData("Fans celebrate the win. Getty Images")]
    [InlineData("The summit opened in Brussels. Photograph: John Smith/AFP")]
    public void Lines_ending_in_a_photo_credit_are_captions(string line) => Assert.True(PhotoCaptions.IsCaption(line));

    [Theory]
    [InlineData("Albanian Prime Minister Rama calls for more NATO troops in Kosovo")]
    [InlineData("The AP reported that talks would resume on Monday.")]
    [InlineData("Reuters said the figures were provisional, citing two officials.")]
    [InlineData("He posted a photo of the meeting on social media.")]
    [InlineData("")]
    public void Ordinary_lines_are_not_captions(string line) => Assert.False(PhotoCaptions.IsCaption(line));
}
