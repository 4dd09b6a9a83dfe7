/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model.provider;

import java.util.Collection;
import java.util.List;

import org.cocolaunch.sev.model.SevPackage;
import org.cocolaunch.sev.model.SnpCpuidFunction;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IChildCreationExtender;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.cocolaunch.sev.model.SnpCpuidFunction} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class SnpCpuidFunctionItemProvider extends ItemProviderAdapter implements IEditingDomainItemProvider,
		IStructuredItemContentProvider, ITreeItemContentProvider, IItemLabelProvider, IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SnpCpuidFunctionItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addEaxInPropertyDescriptor(object);
			addEcxInPropertyDescriptor(object);
			addXcr0InPropertyDescriptor(object);
			addXssInPropertyDescriptor(object);
			addEaxPropertyDescriptor(object);
			addEbxPropertyDescriptor(object);
			addEcxPropertyDescriptor(object);
			addEdxPropertyDescriptor(object);
			addReservedPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Eax In feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEaxInPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_SnpCpuidFunction_eaxIn_feature"), //$NON-NLS-1$
						getString("_UI_PropertyDescriptor_description", "_UI_SnpCpuidFunction_eaxIn_feature", //$NON-NLS-1$//$NON-NLS-2$
								"_UI_SnpCpuidFunction_type"), //$NON-NLS-1$
						SevPackage.Literals.SNP_CPUID_FUNCTION__EAX_IN, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Ecx In feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEcxInPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_SnpCpuidFunction_ecxIn_feature"), //$NON-NLS-1$
						getString("_UI_PropertyDescriptor_description", "_UI_SnpCpuidFunction_ecxIn_feature", //$NON-NLS-1$//$NON-NLS-2$
								"_UI_SnpCpuidFunction_type"), //$NON-NLS-1$
						SevPackage.Literals.SNP_CPUID_FUNCTION__ECX_IN, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Xcr0 In feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addXcr0InPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_SnpCpuidFunction_xcr0In_feature"), //$NON-NLS-1$
						getString("_UI_PropertyDescriptor_description", "_UI_SnpCpuidFunction_xcr0In_feature", //$NON-NLS-1$//$NON-NLS-2$
								"_UI_SnpCpuidFunction_type"), //$NON-NLS-1$
						SevPackage.Literals.SNP_CPUID_FUNCTION__XCR0_IN, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Xss In feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addXssInPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_SnpCpuidFunction_xssIn_feature"), //$NON-NLS-1$
						getString("_UI_PropertyDescriptor_description", "_UI_SnpCpuidFunction_xssIn_feature", //$NON-NLS-1$//$NON-NLS-2$
								"_UI_SnpCpuidFunction_type"), //$NON-NLS-1$
						SevPackage.Literals.SNP_CPUID_FUNCTION__XSS_IN, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Eax feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEaxPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_SnpCpuidFunction_eax_feature"), //$NON-NLS-1$
						getString("_UI_PropertyDescriptor_description", "_UI_SnpCpuidFunction_eax_feature", //$NON-NLS-1$//$NON-NLS-2$
								"_UI_SnpCpuidFunction_type"), //$NON-NLS-1$
						SevPackage.Literals.SNP_CPUID_FUNCTION__EAX, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Ebx feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEbxPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_SnpCpuidFunction_ebx_feature"), //$NON-NLS-1$
						getString("_UI_PropertyDescriptor_description", "_UI_SnpCpuidFunction_ebx_feature", //$NON-NLS-1$//$NON-NLS-2$
								"_UI_SnpCpuidFunction_type"), //$NON-NLS-1$
						SevPackage.Literals.SNP_CPUID_FUNCTION__EBX, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Ecx feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEcxPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_SnpCpuidFunction_ecx_feature"), //$NON-NLS-1$
						getString("_UI_PropertyDescriptor_description", "_UI_SnpCpuidFunction_ecx_feature", //$NON-NLS-1$//$NON-NLS-2$
								"_UI_SnpCpuidFunction_type"), //$NON-NLS-1$
						SevPackage.Literals.SNP_CPUID_FUNCTION__ECX, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Edx feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEdxPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_SnpCpuidFunction_edx_feature"), //$NON-NLS-1$
						getString("_UI_PropertyDescriptor_description", "_UI_SnpCpuidFunction_edx_feature", //$NON-NLS-1$//$NON-NLS-2$
								"_UI_SnpCpuidFunction_type"), //$NON-NLS-1$
						SevPackage.Literals.SNP_CPUID_FUNCTION__EDX, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Reserved feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReservedPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_SnpCpuidFunction_reserved_feature"), //$NON-NLS-1$
						getString("_UI_PropertyDescriptor_description", "_UI_SnpCpuidFunction_reserved_feature", //$NON-NLS-1$//$NON-NLS-2$
								"_UI_SnpCpuidFunction_type"), //$NON-NLS-1$
						SevPackage.Literals.SNP_CPUID_FUNCTION__RESERVED, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, null, null));
	}

	/**
	 * This returns SnpCpuidFunction.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/SnpCpuidFunction")); //$NON-NLS-1$
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		SnpCpuidFunction snpCpuidFunction = (SnpCpuidFunction) object;
		return getString("_UI_SnpCpuidFunction_type") + " " + snpCpuidFunction.getEaxIn(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(SnpCpuidFunction.class)) {
		case SevPackage.SNP_CPUID_FUNCTION__EAX_IN:
		case SevPackage.SNP_CPUID_FUNCTION__ECX_IN:
		case SevPackage.SNP_CPUID_FUNCTION__XCR0_IN:
		case SevPackage.SNP_CPUID_FUNCTION__XSS_IN:
		case SevPackage.SNP_CPUID_FUNCTION__EAX:
		case SevPackage.SNP_CPUID_FUNCTION__EBX:
		case SevPackage.SNP_CPUID_FUNCTION__ECX:
		case SevPackage.SNP_CPUID_FUNCTION__EDX:
		case SevPackage.SNP_CPUID_FUNCTION__RESERVED:
			fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
			return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return ((IChildCreationExtender) adapterFactory).getResourceLocator();
	}

}
