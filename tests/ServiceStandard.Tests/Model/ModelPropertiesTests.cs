using System.Reflection;
using ServiceStandard.Model;

namespace ServiceStandard.Tests.Model;

public sealed class ModelPropertiesTests
{
    [Fact]
    public void The_table_names_every_type_of_the_model_with_the_properties_reflection_lists()
    {
        var model = typeof(ModelElement).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(ModelElement))).OrderBy(t => t.Name).ToArray();

        Assert.Equal(model.Select(t => t.Name), ModelProperties.Types.Select(t => t.Name).Order());
        Assert.All(model, type => Assert.Equal(
            type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name),
            ModelProperties.Of(type).Select(p => p.Name)));
    }

    [Fact]
    public void A_type_outside_the_model_is_refused()
    {
        Assert.Throws<KeyNotFoundException>(() => ModelProperties.Of(typeof(string)));
    }
}
