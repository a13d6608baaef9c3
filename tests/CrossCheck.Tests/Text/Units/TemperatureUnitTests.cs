using CrossCheck.Text;

namespace CrossCheck.Tests.Text.Units;

public sealed class TemperatureUnitTests
{
    [Theory]
    [InlineData("°", "C", "°C")]
    [InlineData("degrees", "Fahrenheit", "°F")]
    [InlineData("degrees", "celsius", "°C")]
    [InlineData("º", "F", "°F")]
    public void A_degree_and_a_scale_are_one_unit(string first, string second, string unit) =>
        Assert.Equal(unit, QuantityUnits.TwoTokenUnit(first, second));

    [Fact]
    public void A_degree_alone_or_another_word_is_no_temperature_scale()
    {
        Assert.Null(QuantityUnits.TwoTokenUnit("degrees", "north"));
        Assert.Null(QuantityUnits.TwoTokenUnit("km", "C"));
    }

    [Theory]
    [InlineData("°C", 30, 30)]
    [InlineData("°F", 86, 30)]
    [InlineData("°F", 32, 0)]
    [InlineData("°F", -40, -40)]
    public void Temperatures_are_stated_in_degrees_celsius(string unit, double value, double celsius)
    {
        var measure = QuantityUnits.Measure(unit);

        Assert.Equal(QuantityDimension.Temperature, measure.Dimension);
        Assert.Equal("°C", measure.BaseUnit);
        Assert.Equal(celsius, measure.ToBase(value), 6);
    }
}
