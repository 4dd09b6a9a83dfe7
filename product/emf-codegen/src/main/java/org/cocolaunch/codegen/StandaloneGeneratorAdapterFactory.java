// SPDX-License-Identifier: EPL-2.0
package org.cocolaunch.codegen;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenClassGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenEnumGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenPackageGeneratorAdapter;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jdt.core.JavaCore;
import org.eclipse.jdt.core.ToolFactory;
import org.eclipse.jdt.core.formatter.CodeFormatter;
import org.eclipse.jdt.core.formatter.DefaultCodeFormatterConstants;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.edits.TextEdit;

/**
 * EMF's generator adapters format code only when Eclipse is running ({@code createCodeFormatter} returns null
 * stand-alone). These adapters honour the genmodel's {@code codeFormatting} / {@code commentFormatting} stand-alone,
 * with JDT's built-in Eclipse default formatter profile and a fixed Java level, so the result depends only on the
 * pinned JDT version, never on a workspace or user preferences.
 */
final class StandaloneGeneratorAdapterFactory extends GenModelGeneratorAdapterFactory {

	static final GeneratorAdapterFactory.Descriptor DESCRIPTOR = StandaloneGeneratorAdapterFactory::new;

	/** Java level the formatter parses with; matches the bundles' BREE (JavaSE-21). */
	static final String JAVA_LEVEL = "21";

	static Map<String, String> formatterOptions() {
		Map<String, String> options = new HashMap<>(DefaultCodeFormatterConstants.getEclipseDefaultSettings());
		options.put(JavaCore.COMPILER_SOURCE, JAVA_LEVEL);
		options.put(JavaCore.COMPILER_COMPLIANCE, JAVA_LEVEL);
		options.put(JavaCore.COMPILER_CODEGEN_TARGET_PLATFORM, JAVA_LEVEL);
		return options;
	}

	static Object createFormatter(Map<?, ?> options) {
		return ToolFactory.createCodeFormatter(options != null ? options : formatterOptions());
	}

	static String format(String contents, Object formatter, String lineDelimiter, boolean comments) {
		if (!(formatter instanceof CodeFormatter codeFormatter)) {
			return contents;
		}
		int kind = CodeFormatter.K_COMPILATION_UNIT | (comments ? CodeFormatter.F_INCLUDE_COMMENTS : 0);
		TextEdit edit = codeFormatter.format(kind, contents, 0, contents.length(), 0, lineDelimiter);
		if (edit == null) {
			throw new IllegalStateException("JDT could not format generated code:\n" + contents);
		}
		IDocument doc = new Document(contents);
		try {
			edit.apply(doc);
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
		return doc.get();
	}

	@Override
	public Adapter createGenModelAdapter() {
		if (genModelGeneratorAdapter == null) {
			genModelGeneratorAdapter = new GenModelGeneratorAdapter(this) {
				@Override
				protected Object createCodeFormatter(Map<?, ?> options, URI workspacePath) {
					return createFormatter(options);
				}

				@Override
				@SuppressWarnings("deprecation")
				protected String formatCode(String contents, Object codeFormatter) {
					return format(contents, codeFormatter, getLineDelimiter(), false);
				}

				@Override
				protected String formatCode(String contents, Object codeFormatter, boolean formatComments) {
					return format(contents, codeFormatter, getLineDelimiter(), formatComments);
				}
			};
		}
		return genModelGeneratorAdapter;
	}

	@Override
	public Adapter createGenPackageAdapter() {
		if (genPackageGeneratorAdapter == null) {
			genPackageGeneratorAdapter = new GenPackageGeneratorAdapter(this) {
				@Override
				protected Object createCodeFormatter(Map<?, ?> options, URI workspacePath) {
					return createFormatter(options);
				}

				@Override
				@SuppressWarnings("deprecation")
				protected String formatCode(String contents, Object codeFormatter) {
					return format(contents, codeFormatter, getLineDelimiter(), false);
				}

				@Override
				protected String formatCode(String contents, Object codeFormatter, boolean formatComments) {
					return format(contents, codeFormatter, getLineDelimiter(), formatComments);
				}
			};
		}
		return genPackageGeneratorAdapter;
	}

	@Override
	public Adapter createGenClassAdapter() {
		if (genClassGeneratorAdapter == null) {
			genClassGeneratorAdapter = new GenClassGeneratorAdapter(this) {
				@Override
				protected Object createCodeFormatter(Map<?, ?> options, URI workspacePath) {
					return createFormatter(options);
				}

				@Override
				@SuppressWarnings("deprecation")
				protected String formatCode(String contents, Object codeFormatter) {
					return format(contents, codeFormatter, getLineDelimiter(), false);
				}

				@Override
				protected String formatCode(String contents, Object codeFormatter, boolean formatComments) {
					return format(contents, codeFormatter, getLineDelimiter(), formatComments);
				}
			};
		}
		return genClassGeneratorAdapter;
	}

	@Override
	public Adapter createGenEnumAdapter() {
		if (genEnumGeneratorAdapter == null) {
			genEnumGeneratorAdapter = new GenEnumGeneratorAdapter(this) {
				@Override
				protected Object createCodeFormatter(Map<?, ?> options, URI workspacePath) {
					return createFormatter(options);
				}

				@Override
				@SuppressWarnings("deprecation")
				protected String formatCode(String contents, Object codeFormatter) {
					return format(contents, codeFormatter, getLineDelimiter(), false);
				}

				@Override
				protected String formatCode(String contents, Object codeFormatter, boolean formatComments) {
					return format(contents, codeFormatter, getLineDelimiter(), formatComments);
				}
			};
		}
		return genEnumGeneratorAdapter;
	}
}
