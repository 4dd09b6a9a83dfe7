/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.model.provider;

import java.util.Collection;
import java.util.List;

import org.cocolaunch.tdx.model.TdParams;
import org.cocolaunch.tdx.model.TdxFactory;
import org.cocolaunch.tdx.model.TdxPackage;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

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
 * This is the item provider adapter for a {@link org.cocolaunch.tdx.model.TdParams} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class TdParamsItemProvider extends ItemProviderAdapter implements IEditingDomainItemProvider,
		IStructuredItemContentProvider, ITreeItemContentProvider, IItemLabelProvider, IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TdParamsItemProvider(AdapterFactory adapterFactory) {
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

			addAttributesPropertyDescriptor(object);
			addAttributeBitsPropertyDescriptor(object);
			addXfamPropertyDescriptor(object);
			addXfamBitsPropertyDescriptor(object);
			addMaxVcpusPropertyDescriptor(object);
			addEptpControlsPropertyDescriptor(object);
			addConfigFlagsPropertyDescriptor(object);
			addTscFrequencyPropertyDescriptor(object);
			addMrConfigIdPropertyDescriptor(object);
			addMrOwnerPropertyDescriptor(object);
			addMrOwnerConfigPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Attributes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAttributesPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_TdParams_attributes_feature"), //$NON-NLS-1$
						getString("_UI_TdParams_attributes_description"), //$NON-NLS-1$
						TdxPackage.Literals.TD_PARAMS__ATTRIBUTES, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_TD_PARAMSPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Attribute Bits feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAttributeBitsPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_TdParams_attributeBits_feature"), //$NON-NLS-1$
						getString("_UI_TdParams_attributeBits_description"), //$NON-NLS-1$
						TdxPackage.Literals.TD_PARAMS__ATTRIBUTE_BITS, false, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, getString("_UI_TD_PARAMSPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Xfam feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addXfamPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_TdParams_xfam_feature"), //$NON-NLS-1$
						getString("_UI_TdParams_xfam_description"), //$NON-NLS-1$
						TdxPackage.Literals.TD_PARAMS__XFAM, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_TD_PARAMSPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Xfam Bits feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addXfamBitsPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_TdParams_xfamBits_feature"), //$NON-NLS-1$
						getString("_UI_TdParams_xfamBits_description"), //$NON-NLS-1$
						TdxPackage.Literals.TD_PARAMS__XFAM_BITS, false, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, getString("_UI_TD_PARAMSPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Max Vcpus feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMaxVcpusPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_TdParams_maxVcpus_feature"), //$NON-NLS-1$
						getString("_UI_TdParams_maxVcpus_description"), //$NON-NLS-1$
						TdxPackage.Literals.TD_PARAMS__MAX_VCPUS, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_TD_PARAMSPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Eptp Controls feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEptpControlsPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_TdParams_eptpControls_feature"), //$NON-NLS-1$
						getString("_UI_TdParams_eptpControls_description"), //$NON-NLS-1$
						TdxPackage.Literals.TD_PARAMS__EPTP_CONTROLS, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_TD_PARAMSPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Config Flags feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addConfigFlagsPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_TdParams_configFlags_feature"), //$NON-NLS-1$
						getString("_UI_TdParams_configFlags_description"), //$NON-NLS-1$
						TdxPackage.Literals.TD_PARAMS__CONFIG_FLAGS, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_TD_PARAMSPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Tsc Frequency feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTscFrequencyPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_TdParams_tscFrequency_feature"), //$NON-NLS-1$
						getString("_UI_TdParams_tscFrequency_description"), //$NON-NLS-1$
						TdxPackage.Literals.TD_PARAMS__TSC_FREQUENCY, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_TD_PARAMSPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Mr Config Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMrConfigIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_TdParams_mrConfigId_feature"), //$NON-NLS-1$
						getString("_UI_TdParams_mrConfigId_description"), //$NON-NLS-1$
						TdxPackage.Literals.TD_PARAMS__MR_CONFIG_ID, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, getString("_UI_TD_PARAMSPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Mr Owner feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMrOwnerPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_TdParams_mrOwner_feature"), //$NON-NLS-1$
						getString("_UI_TdParams_mrOwner_description"), //$NON-NLS-1$
						TdxPackage.Literals.TD_PARAMS__MR_OWNER, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, getString("_UI_TD_PARAMSPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Mr Owner Config feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMrOwnerConfigPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_TdParams_mrOwnerConfig_feature"), //$NON-NLS-1$
						getString("_UI_TdParams_mrOwnerConfig_description"), //$NON-NLS-1$
						TdxPackage.Literals.TD_PARAMS__MR_OWNER_CONFIG, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, getString("_UI_TD_PARAMSPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(TdxPackage.Literals.TD_PARAMS__CPUID_VALUES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns TdParams.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/TdParams")); //$NON-NLS-1$
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		TdParams tdParams = (TdParams) object;
		return getString("_UI_TdParams_type") + " " + tdParams.getAttributes(); //$NON-NLS-1$ //$NON-NLS-2$
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

		switch (notification.getFeatureID(TdParams.class)) {
		case TdxPackage.TD_PARAMS__ATTRIBUTES:
		case TdxPackage.TD_PARAMS__ATTRIBUTE_BITS:
		case TdxPackage.TD_PARAMS__XFAM:
		case TdxPackage.TD_PARAMS__XFAM_BITS:
		case TdxPackage.TD_PARAMS__MAX_VCPUS:
		case TdxPackage.TD_PARAMS__EPTP_CONTROLS:
		case TdxPackage.TD_PARAMS__CONFIG_FLAGS:
		case TdxPackage.TD_PARAMS__TSC_FREQUENCY:
		case TdxPackage.TD_PARAMS__MR_CONFIG_ID:
		case TdxPackage.TD_PARAMS__MR_OWNER:
		case TdxPackage.TD_PARAMS__MR_OWNER_CONFIG:
			fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
			return;
		case TdxPackage.TD_PARAMS__CPUID_VALUES:
			fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
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

		newChildDescriptors.add(createChildParameter(TdxPackage.Literals.TD_PARAMS__CPUID_VALUES,
				TdxFactory.eINSTANCE.createCpuidEntry()));
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
