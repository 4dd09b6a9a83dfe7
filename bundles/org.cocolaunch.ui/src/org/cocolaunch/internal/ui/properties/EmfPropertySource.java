/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.internal.ui.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.cocolaunch.core.plan.AttributeText;
import org.cocolaunch.model.GenericParameters;
import org.cocolaunch.model.Parameter;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;

/**
 * Properties view source over the EMF.Edit item providers of any model (common or vendor), found through the item
 * provider registry. EMF's own UI adapter (emf.edit.ui) is not on Maven Central, hence this small bridge.
 * Contained objects (a step's parameter struct, a page range's content source) show as expandable nested rows.
 * Read-only unless given a {@link ModelEditing}: then the fields the item providers call settable get cell editors
 * (text parsed by {@link AttributeText}, combos for enums and booleans) and every change goes to that editing.
 */
public final class EmfPropertySource implements IPropertySource {

	/** One shared factory: item providers are stateless views of the objects they adapt. */
	private static final AdapterFactory FACTORY = new ComposedAdapterFactory(new AdapterFactory[] {
			new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE),
			new ReflectiveItemProviderAdapterFactory() });

	private static final String[] BOOLEANS = { "false", "true" };

	private final EObject object;
	private final ModelEditing editing;

	/** A read-only source. */
	public EmfPropertySource(EObject object) {
		this(object, null);
	}

	/** A source whose settable fields are edited through {@code editing} (null: read-only). */
	public EmfPropertySource(EObject object, ModelEditing editing) {
		this.object = object;
		this.editing = editing;
	}

	/** Itself, so the Properties view expands nested sources and labels them with {@link #toString()}. */
	@Override
	public Object getEditableValue() {
		return this;
	}

	public EObject object() {
		return object;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IPropertyDescriptor> result = new ArrayList<>();
		if (object instanceof GenericParameters generic) {
			// A vendor-neutral parameter bag reads best as its own name = value rows.
			for (Parameter p : generic.getEntries()) {
				result.add(new PropertyDescriptor(p, p.getName()));
			}
			return result.toArray(IPropertyDescriptor[]::new);
		}
		IItemPropertySource source = (IItemPropertySource) FACTORY.adapt(object, IItemPropertySource.class);
		if (source != null) {
			for (IItemPropertyDescriptor d : source.getPropertyDescriptors(object)) {
				PropertyDescriptor descriptor = descriptor(d);
				descriptor.setCategory(d.getCategory(object));
				descriptor.setDescription(d.getDescription(object));
				result.add(descriptor);
			}
		}
		for (EReference reference : object.eClass().getEAllContainments()) {
			if (!reference.isMany() && object.eGet(reference) != null) {
				PropertyDescriptor descriptor = new PropertyDescriptor(reference, reference.getName());
				descriptor.setCategory("Contents");
				result.add(descriptor);
			}
		}
		return result.toArray(IPropertyDescriptor[]::new);
	}

	/** A plain row, or one with a cell editor when this source edits and the field is a settable single value. */
	private PropertyDescriptor descriptor(IItemPropertyDescriptor d) {
		Object id = d.getId(object);
		String name = d.getDisplayName(object);
		EAttribute attribute = editableAttribute(d);
		if (attribute == null) {
			return new PropertyDescriptor(id, name);
		}
		if (attribute.getEAttributeType() instanceof EEnum e) {
			return new ComboBoxPropertyDescriptor(id, name,
					e.getELiterals().stream().map(EEnumLiteral::getLiteral).toArray(String[]::new));
		}
		Class<?> c = attribute.getEAttributeType().getInstanceClass();
		if (c == boolean.class || c == Boolean.class) {
			return new ComboBoxPropertyDescriptor(id, name, BOOLEANS);
		}
		TextPropertyDescriptor text = new TextPropertyDescriptor(id, name);
		text.setValidator(value -> {
			try {
				AttributeText.parse(attribute, String.valueOf(value));
				return null;
			} catch (IllegalArgumentException e) {
				return e.getMessage();
			}
		});
		return text;
	}

	private EAttribute editableAttribute(IItemPropertyDescriptor d) {
		if (editing == null || !d.canSetProperty(object) || !(d.getFeature(object) instanceof EAttribute a)
				|| a.isMany() || !a.isChangeable()) {
			return null;
		}
		return a;
	}

	@Override
	public Object getPropertyValue(Object id) {
		if (id instanceof Parameter p) {
			return p.getValue();
		}
		if (id instanceof EReference reference) {
			return new EmfPropertySource((EObject) object.eGet(reference), editing);
		}
		IItemPropertySource source = (IItemPropertySource) FACTORY.adapt(object, IItemPropertySource.class);
		IItemPropertyDescriptor d = source == null ? null : source.getPropertyDescriptor(object, id);
		if (d == null) {
			return null;
		}
		EAttribute attribute = editableAttribute(d);
		if (attribute != null) {
			return editorValue(attribute, object.eGet(attribute));
		}
		Object value = d.getPropertyValue(object);
		// Item providers wrap values so nested editors can adapt them; the Properties view only needs the text.
		if (value instanceof IItemPropertySource wrapper) {
			value = wrapper.getEditableValue(value);
		}
		return value == null ? "" : d.getLabelProvider(object).getText(value);
	}

	/** The Properties view prints a nested source with toString(): show the object's label. */
	@Override
	public String toString() {
		if (object instanceof GenericParameters generic) {
			return generic.getEntries().size() + " parameters";
		}
		IItemLabelProvider labels = (IItemLabelProvider) FACTORY.adapt(object, IItemLabelProvider.class);
		return labels == null ? object.eClass().getName() : labels.getText(object);
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
		// read-only
	}

	/** What the cell editor shows: the combo index for enums and booleans, else the field's text. */
	private static Object editorValue(EAttribute attribute, Object value) {
		if (attribute.getEAttributeType() instanceof EEnum e) {
			return value instanceof Enumerator literal ? e.getELiterals().indexOf(e.getEEnumLiteral(literal.getValue())) : -1;
		}
		if (value instanceof Boolean b) {
			return b ? 1 : 0;
		}
		return AttributeText.format(attribute, value);
	}

	/** Edits go to the {@link ModelEditing} (read-only sources ignore them: plans are edited with undo). */
	@Override
	public void setPropertyValue(Object id, Object value) {
		IItemPropertySource source = (IItemPropertySource) FACTORY.adapt(object, IItemPropertySource.class);
		IItemPropertyDescriptor d = source == null ? null : source.getPropertyDescriptor(object, id);
		EAttribute attribute = d == null ? null : editableAttribute(d);
		if (attribute == null) {
			return;
		}
		Object newValue;
		if (attribute.getEAttributeType() instanceof EEnum e && value instanceof Integer index) {
			if (index < 0 || index >= e.getELiterals().size()) {
				return; // nothing chosen
			}
			newValue = e.getELiterals().get(index).getInstance();
		} else if (value instanceof Integer index && (attribute.getEAttributeType().getInstanceClass() == boolean.class
				|| attribute.getEAttributeType().getInstanceClass() == Boolean.class)) {
			newValue = index == 1;
		} else {
			try {
				newValue = AttributeText.parse(attribute, String.valueOf(value));
			} catch (IllegalArgumentException e) {
				return; // the cell editor's validator has already said why
			}
		}
		if (!Objects.deepEquals(newValue, object.eGet(attribute))) {
			editing.set(object, attribute, newValue);
		}
	}
}
