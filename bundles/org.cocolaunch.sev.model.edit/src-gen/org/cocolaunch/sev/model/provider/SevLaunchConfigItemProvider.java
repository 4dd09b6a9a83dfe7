/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model.provider;

import java.util.Collection;
import java.util.List;

import org.cocolaunch.model.provider.LaunchConfigItemProvider;

import org.cocolaunch.sev.model.SevLaunchConfig;
import org.cocolaunch.sev.model.SevPackage;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.cocolaunch.sev.model.SevLaunchConfig} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class SevLaunchConfigItemProvider extends LaunchConfigItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SevLaunchConfigItemProvider(AdapterFactory adapterFactory) {
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

			addModePropertyDescriptor(object);
			addVcpuTypePropertyDescriptor(object);
			addVcpuSigPropertyDescriptor(object);
			addGuestFeaturesPropertyDescriptor(object);
			addPolicyPropertyDescriptor(object);
			addVmmPropertyDescriptor(object);
			addLegacyInitPropertyDescriptor(object);
			addSnpOvmfHashPropertyDescriptor(object);
			addSvsmPropertyDescriptor(object);
			addVarsSizePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Mode feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addModePropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_SevLaunchConfig_mode_feature"), //$NON-NLS-1$
						getString("_UI_SevLaunchConfig_mode_description"), //$NON-NLS-1$
						SevPackage.Literals.SEV_LAUNCH_CONFIG__MODE, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, getString("_UI_LaunchPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Vcpu Type feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVcpuTypePropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_SevLaunchConfig_vcpuType_feature"), //$NON-NLS-1$
						getString("_UI_SevLaunchConfig_vcpuType_description"), //$NON-NLS-1$
						SevPackage.Literals.SEV_LAUNCH_CONFIG__VCPU_TYPE, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, getString("_UI_LaunchPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Vcpu Sig feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVcpuSigPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_SevLaunchConfig_vcpuSig_feature"), //$NON-NLS-1$
						getString("_UI_SevLaunchConfig_vcpuSig_description"), //$NON-NLS-1$
						SevPackage.Literals.SEV_LAUNCH_CONFIG__VCPU_SIG, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_LaunchPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Guest Features feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGuestFeaturesPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_SevLaunchConfig_guestFeatures_feature"), //$NON-NLS-1$
						getString("_UI_SevLaunchConfig_guestFeatures_description"), //$NON-NLS-1$
						SevPackage.Literals.SEV_LAUNCH_CONFIG__GUEST_FEATURES, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_LaunchPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Policy feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPolicyPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_SevLaunchConfig_policy_feature"), //$NON-NLS-1$
						getString("_UI_SevLaunchConfig_policy_description"), //$NON-NLS-1$
						SevPackage.Literals.SEV_LAUNCH_CONFIG__POLICY, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_LaunchPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Vmm feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVmmPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_SevLaunchConfig_vmm_feature"), //$NON-NLS-1$
						getString("_UI_SevLaunchConfig_vmm_description"), //$NON-NLS-1$
						SevPackage.Literals.SEV_LAUNCH_CONFIG__VMM, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, getString("_UI_LaunchPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Legacy Init feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLegacyInitPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_SevLaunchConfig_legacyInit_feature"), //$NON-NLS-1$
						getString("_UI_SevLaunchConfig_legacyInit_description"), //$NON-NLS-1$
						SevPackage.Literals.SEV_LAUNCH_CONFIG__LEGACY_INIT, true, false, false,
						ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE, getString("_UI_LaunchPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Snp Ovmf Hash feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSnpOvmfHashPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_SevLaunchConfig_snpOvmfHash_feature"), //$NON-NLS-1$
						getString("_UI_SevLaunchConfig_snpOvmfHash_description"), //$NON-NLS-1$
						SevPackage.Literals.SEV_LAUNCH_CONFIG__SNP_OVMF_HASH, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, getString("_UI_LaunchPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Svsm feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSvsmPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_SevLaunchConfig_svsm_feature"), //$NON-NLS-1$
						getString("_UI_SevLaunchConfig_svsm_description"), //$NON-NLS-1$
						SevPackage.Literals.SEV_LAUNCH_CONFIG__SVSM, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, getString("_UI_LaunchPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Vars Size feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVarsSizePropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_SevLaunchConfig_varsSize_feature"), //$NON-NLS-1$
						getString("_UI_SevLaunchConfig_varsSize_description"), //$NON-NLS-1$
						SevPackage.Literals.SEV_LAUNCH_CONFIG__VARS_SIZE, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_LaunchPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This returns SevLaunchConfig.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/SevLaunchConfig")); //$NON-NLS-1$
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((SevLaunchConfig) object).getFirmware();
		return label == null || label.length() == 0 ? getString("_UI_SevLaunchConfig_type") : //$NON-NLS-1$
				getString("_UI_SevLaunchConfig_type") + " " + label; //$NON-NLS-1$ //$NON-NLS-2$
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

		switch (notification.getFeatureID(SevLaunchConfig.class)) {
		case SevPackage.SEV_LAUNCH_CONFIG__MODE:
		case SevPackage.SEV_LAUNCH_CONFIG__VCPU_TYPE:
		case SevPackage.SEV_LAUNCH_CONFIG__VCPU_SIG:
		case SevPackage.SEV_LAUNCH_CONFIG__GUEST_FEATURES:
		case SevPackage.SEV_LAUNCH_CONFIG__POLICY:
		case SevPackage.SEV_LAUNCH_CONFIG__VMM:
		case SevPackage.SEV_LAUNCH_CONFIG__LEGACY_INIT:
		case SevPackage.SEV_LAUNCH_CONFIG__SNP_OVMF_HASH:
		case SevPackage.SEV_LAUNCH_CONFIG__SVSM:
		case SevPackage.SEV_LAUNCH_CONFIG__VARS_SIZE:
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

}
