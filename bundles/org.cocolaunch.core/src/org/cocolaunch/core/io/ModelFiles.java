/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.cocolaunch.core.vendor.VendorEngine;
import org.cocolaunch.core.vendor.VendorEngines;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.LaunchTrace;
import org.cocolaunch.model.ModelPackage;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Loads and saves launch plans ({@code .cclaunch}) and traces ({@code .cctrace}) as XMI. Registration is explicit,
 * so this works the same in the workbench, the headless CLI and plain tests. Saves are atomic.
 */
public final class ModelFiles {

	public static final String PLAN_EXTENSION = "cclaunch";
	public static final String TRACE_EXTENSION = "cctrace";

	private ModelFiles() {
	}

	/** A resource set that knows both file kinds and the common model package (vendor packages register themselves). */
	public static ResourceSet newResourceSet() {
		VendorPackages.ensureRegistered();
		ResourceSet set = new ResourceSetImpl();
		XMIResourceFactoryImpl xmi = new XMIResourceFactoryImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(PLAN_EXTENSION, xmi);
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(TRACE_EXTENSION, xmi);
		set.getPackageRegistry().put(ModelPackage.eNS_URI, ModelPackage.eINSTANCE);
		return set;
	}

	public static LaunchPlan loadPlan(Path file) throws ModelFileException {
		return load(file, LaunchPlan.class, "a launch plan (LaunchPlan root)");
	}

	public static LaunchTrace loadTrace(Path file) throws ModelFileException {
		return load(file, LaunchTrace.class, "a launch trace (LaunchTrace root)");
	}

	/** Loads an EMF URI (for example a platform:/plugin example shipped in a bundle). */
	public static <T extends EObject> T load(URI uri, Class<T> type) throws ModelFileException {
		Resource resource = newXmiResource(uri);
		try {
			resource.load(loadOptions());
		} catch (IOException | RuntimeException e) {
			throw new ModelFileException(uri + ": " + oneLine(e));
		}
		return root(resource, type, uri.toString(), type.getSimpleName());
	}

	private static <T extends EObject> T load(Path file, Class<T> type, String expected) throws ModelFileException {
		InputKind kind = type == LaunchTrace.class ? InputKind.TRACE : InputKind.PLAN;
		Resource resource = newXmiResource(URI.createFileURI(file.toAbsolutePath().toString()));
		try (InputStream in = BoundedInput.open(file, kind)) {
			resource.load(in, loadOptions());
		} catch (InputFileException e) {
			throw new ModelFileException(e.getMessage(), e);
		} catch (IOException | RuntimeException e) {
			if (e.getCause() instanceof InputFileException ife) {
				throw new ModelFileException(ife.getMessage(), ife);
			}
			throw new ModelFileException(file + ": not " + expected + ": " + oneLine(e), e);
		} catch (OutOfMemoryError e) {
			resource.unload();
			throw new ModelFileException(file + ": out of memory loading " + kind.withArticle() + " of "
					+ sizeOf(file) + " bytes (Java heap " + BoundedInput.sizeText(Runtime.getRuntime().maxMemory()) + ")");
		}
		return root(resource, type, file.toString(), expected);
	}

	private static long sizeOf(Path file) {
		try {
			return Files.size(file);
		} catch (IOException e) {
			return -1;
		}
	}

	private static <T extends EObject> T root(Resource resource, Class<T> type, String name, String expected)
			throws ModelFileException {
		if (resource.getContents().isEmpty()) {
			throw new ModelFileException(name + ": empty file, expected " + expected);
		}
		EObject root = resource.getContents().get(0);
		if (!type.isInstance(root)) {
			throw new ModelFileException(name + ": root element is " + root.eClass().getName() + ", expected " + expected);
		}
		return type.cast(root);
	}

	/**
	 * Saves a plan or trace atomically. The object keeps its own resource if it has one; otherwise it is put into a
	 * fresh resource for the target file.
	 */
	public static void save(EObject root, Path target) throws ModelFileException {
		save(root, target, SaveOptions.defaults());
	}

	/**
	 * Saves a plan or trace atomically under {@code options}: refuses to overwrite the command's inputs, a non-regular
	 * file or (without force) a symbolic link; see {@link AtomicFileWriter}.
	 */
	public static void save(EObject root, Path target, SaveOptions options) throws ModelFileException {
		Resource resource = root.eResource();
		if (resource == null) {
			resource = newXmiResource(URI.createFileURI(target.toAbsolutePath().toString()));
			resource.getContents().add(root);
		}
		Resource toSave = resource;
		try {
			AtomicFileWriter.write(target, options, out -> toSave.save(out, saveOptions()));
		} catch (SaveRefusedException e) {
			throw new ModelFileException(e.getMessage(), e);
		} catch (IOException | RuntimeException e) {
			throw new ModelFileException(target + ": cannot save: " + oneLine(e), e);
		}
	}

	/** An XMI resource in a fresh resource set, whatever the file's extension (users rename files). */
	private static Resource newXmiResource(URI uri) {
		Resource resource = new XMIResourceFactoryImpl().createResource(uri);
		newResourceSet().getResources().add(resource);
		return resource;
	}

	private static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
		return options;
	}

	private static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_WIDTH, Integer.valueOf(120));
		options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.TRUE);
		return options;
	}

	/**
	 * In Eclipse, EMF registers the vendor model packages from the model bundles' plugin.xml. On a plain class path
	 * (the headless commands' fast launch) no extension registry runs, so the vendor engines, which register their
	 * packages when they are created, are created once before the first file is read.
	 */
	private static final class VendorPackages {
		static {
			if (RegistryFactory.getRegistry() == null) {
				for (VendorEngine engine : VendorEngines.registered().all()) {
					for (EPackage p : engine.modelPackages()) {
						EPackage.Registry.INSTANCE.putIfAbsent(p.getNsURI(), p);
					}
				}
			}
		}

		static void ensureRegistered() {
			// the static initializer did the work
		}
	}

	/** The first line of the deepest useful message, so errors stay one line. */
	static String oneLine(Throwable e) {
		Throwable t = e;
		while (t.getCause() != null && t.getCause() != t && (t.getMessage() == null || t instanceof RuntimeException)) {
			t = t.getCause();
		}
		String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
		int nl = message.indexOf('\n');
		return nl < 0 ? message : message.substring(0, nl);
	}
}
