import dev.schemapojo.core.ConstraintChecks;
import dev.schemapojo.core.FailOn;
import dev.schemapojo.core.FormatChecks;
import dev.schemapojo.core.Generator;
import dev.schemapojo.core.Options;
import dev.schemapojo.core.Style;
import dev.schemapojo.core.TypeNaming;
import dev.schemapojo.core.UnknownEnumValues;
import dev.schemapojo.core.UnknownProperties;
import java.nio.file.Path;

/**
 * Generates one schema set with the options given as {@code name=value}, so that a script can look at the
 * sources with other tools (acceptance/javadoc.sh runs javadoc over them).
 *
 * <p>Usage: {@code java -cp CLASSPATH acceptance/GenerateSet.java SCHEMA_DIR OUT_DIR [option=value...]}, with
 * {@code packageName}, {@code style}, {@code typeNaming}, {@code constraints}, {@code formats},
 * {@code unknownProperties}, {@code unknownEnumValues} and {@code beanValidation}. It prints the run's summary
 * line; failOn is never.
 */
public final class GenerateSet {
    public static void main(String[] args) {
        Options.Builder options = Options.builder().sourceDirectory(Path.of(args[0])).outputDirectory(Path.of(args[1]))
                .packageName("com.example").failOn(FailOn.NEVER);
        for (int i = 2; i < args.length; i++) {
            String[] option = args[i].split("=", 2);
            String value = option.length == 2 ? option[1] : "";
            switch (option[0]) {
                case "packageName" -> options.packageName(value);
                case "style" -> options.style(Style.parse(value));
                case "typeNaming" -> options.typeNaming(TypeNaming.parse(value));
                case "constraints" -> options.constraints(ConstraintChecks.parse(value));
                case "formats" -> options.formats(FormatChecks.parse(value));
                case "unknownProperties" -> options.unknownProperties(UnknownProperties.parse(value));
                case "unknownEnumValues" -> options.unknownEnumValues(UnknownEnumValues.parse(value));
                case "beanValidation" -> options.beanValidation(Boolean.parseBoolean(value));
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (see the usage in GenerateSet.java)");
            }
        }
        System.out.println(new Generator(options.build()).generate().summary());
    }
}
