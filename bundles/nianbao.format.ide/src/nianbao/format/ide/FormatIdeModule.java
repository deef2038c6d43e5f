package nianbao.format.ide;

/**
 * Guice bindings of the format language's IDE services, in addition to the generated ones.
 */
public class FormatIdeModule extends AbstractFormatIdeModule {
}
