/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model.provider;

import java.util.Collection;
import java.util.List;

import org.cocolaunch.sev.model.SevFactory;
import org.cocolaunch.sev.model.SevPackage;
import org.cocolaunch.sev.model.Vmsa;

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
 * This is the item provider adapter for a {@link org.cocolaunch.sev.model.Vmsa} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class VmsaItemProvider extends ItemProviderAdapter implements IEditingDomainItemProvider,
		IStructuredItemContentProvider, ITreeItemContentProvider, IItemLabelProvider, IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VmsaItemProvider(AdapterFactory adapterFactory) {
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

			addVmpl0SspPropertyDescriptor(object);
			addVmpl1SspPropertyDescriptor(object);
			addVmpl2SspPropertyDescriptor(object);
			addVmpl3SspPropertyDescriptor(object);
			addUCetPropertyDescriptor(object);
			addVmplPropertyDescriptor(object);
			addCplPropertyDescriptor(object);
			addEferPropertyDescriptor(object);
			addXssPropertyDescriptor(object);
			addCr4PropertyDescriptor(object);
			addCr3PropertyDescriptor(object);
			addCr0PropertyDescriptor(object);
			addDr7PropertyDescriptor(object);
			addDr6PropertyDescriptor(object);
			addRflagsPropertyDescriptor(object);
			addRipPropertyDescriptor(object);
			addDr0PropertyDescriptor(object);
			addDr1PropertyDescriptor(object);
			addDr2PropertyDescriptor(object);
			addDr3PropertyDescriptor(object);
			addDr0AddrMaskPropertyDescriptor(object);
			addDr1AddrMaskPropertyDescriptor(object);
			addDr2AddrMaskPropertyDescriptor(object);
			addDr3AddrMaskPropertyDescriptor(object);
			addRspPropertyDescriptor(object);
			addSCetPropertyDescriptor(object);
			addSspPropertyDescriptor(object);
			addIsstAddrPropertyDescriptor(object);
			addRaxPropertyDescriptor(object);
			addStarPropertyDescriptor(object);
			addLstarPropertyDescriptor(object);
			addCstarPropertyDescriptor(object);
			addSfmaskPropertyDescriptor(object);
			addKernelGsBasePropertyDescriptor(object);
			addSysenterCsPropertyDescriptor(object);
			addSysenterEspPropertyDescriptor(object);
			addSysenterEipPropertyDescriptor(object);
			addCr2PropertyDescriptor(object);
			addGPatPropertyDescriptor(object);
			addDbgctlPropertyDescriptor(object);
			addBrFromPropertyDescriptor(object);
			addBrToPropertyDescriptor(object);
			addLastExcpFromPropertyDescriptor(object);
			addLastExcpToPropertyDescriptor(object);
			addPkruPropertyDescriptor(object);
			addTscAuxPropertyDescriptor(object);
			addRcxPropertyDescriptor(object);
			addRdxPropertyDescriptor(object);
			addRbxPropertyDescriptor(object);
			addRbpPropertyDescriptor(object);
			addRsiPropertyDescriptor(object);
			addRdiPropertyDescriptor(object);
			addR8PropertyDescriptor(object);
			addR9PropertyDescriptor(object);
			addR10PropertyDescriptor(object);
			addR11PropertyDescriptor(object);
			addR12PropertyDescriptor(object);
			addR13PropertyDescriptor(object);
			addR14PropertyDescriptor(object);
			addR15PropertyDescriptor(object);
			addGuestExitInfo1PropertyDescriptor(object);
			addGuestExitInfo2PropertyDescriptor(object);
			addGuestExitIntInfoPropertyDescriptor(object);
			addGuestNripPropertyDescriptor(object);
			addSevFeaturesPropertyDescriptor(object);
			addVintrCtrlPropertyDescriptor(object);
			addGuestExitCodePropertyDescriptor(object);
			addVirtualTomPropertyDescriptor(object);
			addTlbIdPropertyDescriptor(object);
			addPcpuIdPropertyDescriptor(object);
			addEventInjPropertyDescriptor(object);
			addXcr0PropertyDescriptor(object);
			addX87DpPropertyDescriptor(object);
			addMxcsrPropertyDescriptor(object);
			addX87FtwPropertyDescriptor(object);
			addX87FswPropertyDescriptor(object);
			addX87FcwPropertyDescriptor(object);
			addX87FopPropertyDescriptor(object);
			addX87DsPropertyDescriptor(object);
			addX87CsPropertyDescriptor(object);
			addX87RipPropertyDescriptor(object);
			addFpregX87PropertyDescriptor(object);
			addFpregXmmPropertyDescriptor(object);
			addFpregYmmPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Vmpl0 Ssp feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVmpl0SspPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_vmpl0Ssp_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_vmpl0Ssp_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__VMPL0_SSP, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Vmpl1 Ssp feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVmpl1SspPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_vmpl1Ssp_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_vmpl1Ssp_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__VMPL1_SSP, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Vmpl2 Ssp feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVmpl2SspPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_vmpl2Ssp_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_vmpl2Ssp_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__VMPL2_SSP, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Vmpl3 Ssp feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVmpl3SspPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_vmpl3Ssp_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_vmpl3Ssp_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__VMPL3_SSP, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the UCet feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUCetPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_uCet_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_uCet_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__UCET, true, false, false, ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
						getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Vmpl feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVmplPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_vmpl_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_vmpl_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__VMPL, true, false, false, ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
						getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Cpl feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCplPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_cpl_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_cpl_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__CPL, true, false, false, ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
						getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Efer feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEferPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_efer_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_efer_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__EFER, true, false, false, ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
						getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Xss feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addXssPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_xss_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_xss_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__XSS, true, false, false, ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
						getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Cr4 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCr4PropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_cr4_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_cr4_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__CR4, true, false, false, ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
						getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Cr3 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCr3PropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_cr3_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_cr3_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__CR3, true, false, false, ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
						getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Cr0 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCr0PropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_cr0_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_cr0_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__CR0, true, false, false, ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
						getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Dr7 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDr7PropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_dr7_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_dr7_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__DR7, true, false, false, ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
						getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Dr6 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDr6PropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_dr6_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_dr6_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__DR6, true, false, false, ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
						getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Rflags feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRflagsPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_rflags_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_rflags_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__RFLAGS, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Rip feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRipPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_rip_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_rip_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__RIP, true, false, false, ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
						getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Dr0 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDr0PropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_dr0_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_dr0_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__DR0, true, false, false, ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
						getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Dr1 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDr1PropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_dr1_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_dr1_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__DR1, true, false, false, ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
						getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Dr2 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDr2PropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_dr2_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_dr2_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__DR2, true, false, false, ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
						getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Dr3 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDr3PropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_dr3_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_dr3_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__DR3, true, false, false, ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
						getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Dr0 Addr Mask feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDr0AddrMaskPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_dr0AddrMask_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_dr0AddrMask_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__DR0_ADDR_MASK, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Dr1 Addr Mask feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDr1AddrMaskPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_dr1AddrMask_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_dr1AddrMask_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__DR1_ADDR_MASK, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Dr2 Addr Mask feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDr2AddrMaskPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_dr2AddrMask_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_dr2AddrMask_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__DR2_ADDR_MASK, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Dr3 Addr Mask feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDr3AddrMaskPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_dr3AddrMask_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_dr3AddrMask_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__DR3_ADDR_MASK, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Rsp feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRspPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_rsp_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_rsp_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__RSP, true, false, false, ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
						getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the SCet feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSCetPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_sCet_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_sCet_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__SCET, true, false, false, ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
						getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Ssp feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSspPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_ssp_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_ssp_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__SSP, true, false, false, ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
						getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Isst Addr feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIsstAddrPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_isstAddr_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_isstAddr_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__ISST_ADDR, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Rax feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRaxPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_rax_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_rax_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__RAX, true, false, false, ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
						getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Star feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStarPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_star_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_star_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__STAR, true, false, false, ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
						getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Lstar feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLstarPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_lstar_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_lstar_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__LSTAR, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Cstar feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCstarPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_cstar_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_cstar_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__CSTAR, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Sfmask feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSfmaskPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_sfmask_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_sfmask_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__SFMASK, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Kernel Gs Base feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKernelGsBasePropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_kernelGsBase_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_kernelGsBase_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__KERNEL_GS_BASE, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Sysenter Cs feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSysenterCsPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_sysenterCs_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_sysenterCs_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__SYSENTER_CS, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Sysenter Esp feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSysenterEspPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_sysenterEsp_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_sysenterEsp_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__SYSENTER_ESP, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Sysenter Eip feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSysenterEipPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_sysenterEip_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_sysenterEip_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__SYSENTER_EIP, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Cr2 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCr2PropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_cr2_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_cr2_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__CR2, true, false, false, ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
						getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the GPat feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGPatPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_gPat_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_gPat_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__GPAT, true, false, false, ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
						getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Dbgctl feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDbgctlPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_dbgctl_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_dbgctl_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__DBGCTL, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Br From feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBrFromPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_brFrom_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_brFrom_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__BR_FROM, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Br To feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBrToPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_brTo_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_brTo_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__BR_TO, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Last Excp From feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLastExcpFromPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_lastExcpFrom_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_lastExcpFrom_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__LAST_EXCP_FROM, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Last Excp To feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLastExcpToPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_lastExcpTo_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_lastExcpTo_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__LAST_EXCP_TO, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Pkru feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPkruPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_pkru_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_pkru_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__PKRU, true, false, false, ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
						getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Tsc Aux feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTscAuxPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_tscAux_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_tscAux_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__TSC_AUX, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Rcx feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRcxPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_rcx_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_rcx_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__RCX, true, false, false, ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
						getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Rdx feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRdxPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_rdx_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_rdx_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__RDX, true, false, false, ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
						getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Rbx feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRbxPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_rbx_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_rbx_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__RBX, true, false, false, ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
						getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Rbp feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRbpPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_rbp_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_rbp_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__RBP, true, false, false, ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
						getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Rsi feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRsiPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_rsi_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_rsi_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__RSI, true, false, false, ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
						getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Rdi feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRdiPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_rdi_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_rdi_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__RDI, true, false, false, ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
						getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the R8 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addR8PropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_r8_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_r8_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__R8, true, false, false, ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
						getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the R9 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addR9PropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_r9_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_r9_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__R9, true, false, false, ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
						getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the R10 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addR10PropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_r10_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_r10_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__R10, true, false, false, ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
						getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the R11 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addR11PropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_r11_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_r11_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__R11, true, false, false, ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
						getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the R12 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addR12PropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_r12_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_r12_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__R12, true, false, false, ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
						getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the R13 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addR13PropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_r13_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_r13_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__R13, true, false, false, ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
						getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the R14 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addR14PropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_r14_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_r14_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__R14, true, false, false, ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
						getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the R15 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addR15PropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_r15_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_r15_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__R15, true, false, false, ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
						getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Guest Exit Info1 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGuestExitInfo1PropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_guestExitInfo1_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_guestExitInfo1_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__GUEST_EXIT_INFO1, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Guest Exit Info2 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGuestExitInfo2PropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_guestExitInfo2_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_guestExitInfo2_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__GUEST_EXIT_INFO2, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Guest Exit Int Info feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGuestExitIntInfoPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_guestExitIntInfo_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_guestExitIntInfo_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__GUEST_EXIT_INT_INFO, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Guest Nrip feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGuestNripPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_guestNrip_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_guestNrip_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__GUEST_NRIP, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Sev Features feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSevFeaturesPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_sevFeatures_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_sevFeatures_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__SEV_FEATURES, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Vintr Ctrl feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVintrCtrlPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_vintrCtrl_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_vintrCtrl_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__VINTR_CTRL, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Guest Exit Code feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGuestExitCodePropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_guestExitCode_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_guestExitCode_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__GUEST_EXIT_CODE, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Virtual Tom feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVirtualTomPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_virtualTom_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_virtualTom_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__VIRTUAL_TOM, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Tlb Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTlbIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_tlbId_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_tlbId_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__TLB_ID, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Pcpu Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPcpuIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_pcpuId_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_pcpuId_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__PCPU_ID, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Event Inj feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEventInjPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_eventInj_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_eventInj_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__EVENT_INJ, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Xcr0 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addXcr0PropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_xcr0_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_xcr0_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__XCR0, true, false, false, ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
						getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the X87 Dp feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addX87DpPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_x87Dp_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_x87Dp_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__X87_DP, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Mxcsr feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMxcsrPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_mxcsr_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_mxcsr_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__MXCSR, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the X87 Ftw feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addX87FtwPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_x87Ftw_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_x87Ftw_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__X87_FTW, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the X87 Fsw feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addX87FswPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_x87Fsw_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_x87Fsw_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__X87_FSW, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the X87 Fcw feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addX87FcwPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_x87Fcw_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_x87Fcw_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__X87_FCW, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the X87 Fop feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addX87FopPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_x87Fop_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_x87Fop_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__X87_FOP, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the X87 Ds feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addX87DsPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_x87Ds_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_x87Ds_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__X87_DS, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the X87 Cs feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addX87CsPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_x87Cs_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_x87Cs_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__X87_CS, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the X87 Rip feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addX87RipPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_x87Rip_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_x87Rip_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__X87_RIP, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Fpreg X87 feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFpregX87PropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_fpregX87_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_fpregX87_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__FPREG_X87, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Fpreg Xmm feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFpregXmmPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_fpregXmm_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_fpregXmm_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__FPREG_XMM, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
						null));
	}

	/**
	 * This adds a property descriptor for the Fpreg Ymm feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFpregYmmPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Vmsa_fpregYmm_feature"), //$NON-NLS-1$
						getString("_UI_Vmsa_fpregYmm_description"), //$NON-NLS-1$
						SevPackage.Literals.VMSA__FPREG_YMM, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, getString("_UI_VMSAPropertyCategory"), //$NON-NLS-1$
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
			childrenFeatures.add(SevPackage.Literals.VMSA__ES);
			childrenFeatures.add(SevPackage.Literals.VMSA__CS);
			childrenFeatures.add(SevPackage.Literals.VMSA__SS);
			childrenFeatures.add(SevPackage.Literals.VMSA__DS);
			childrenFeatures.add(SevPackage.Literals.VMSA__FS);
			childrenFeatures.add(SevPackage.Literals.VMSA__GS);
			childrenFeatures.add(SevPackage.Literals.VMSA__GDTR);
			childrenFeatures.add(SevPackage.Literals.VMSA__LDTR);
			childrenFeatures.add(SevPackage.Literals.VMSA__IDTR);
			childrenFeatures.add(SevPackage.Literals.VMSA__TR);
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
	 * This returns Vmsa.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Vmsa")); //$NON-NLS-1$
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		Vmsa vmsa = (Vmsa) object;
		return getString("_UI_Vmsa_type") + " " + vmsa.getRip(); //$NON-NLS-1$ //$NON-NLS-2$
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

		switch (notification.getFeatureID(Vmsa.class)) {
		case SevPackage.VMSA__VMPL0_SSP:
		case SevPackage.VMSA__VMPL1_SSP:
		case SevPackage.VMSA__VMPL2_SSP:
		case SevPackage.VMSA__VMPL3_SSP:
		case SevPackage.VMSA__UCET:
		case SevPackage.VMSA__VMPL:
		case SevPackage.VMSA__CPL:
		case SevPackage.VMSA__EFER:
		case SevPackage.VMSA__XSS:
		case SevPackage.VMSA__CR4:
		case SevPackage.VMSA__CR3:
		case SevPackage.VMSA__CR0:
		case SevPackage.VMSA__DR7:
		case SevPackage.VMSA__DR6:
		case SevPackage.VMSA__RFLAGS:
		case SevPackage.VMSA__RIP:
		case SevPackage.VMSA__DR0:
		case SevPackage.VMSA__DR1:
		case SevPackage.VMSA__DR2:
		case SevPackage.VMSA__DR3:
		case SevPackage.VMSA__DR0_ADDR_MASK:
		case SevPackage.VMSA__DR1_ADDR_MASK:
		case SevPackage.VMSA__DR2_ADDR_MASK:
		case SevPackage.VMSA__DR3_ADDR_MASK:
		case SevPackage.VMSA__RSP:
		case SevPackage.VMSA__SCET:
		case SevPackage.VMSA__SSP:
		case SevPackage.VMSA__ISST_ADDR:
		case SevPackage.VMSA__RAX:
		case SevPackage.VMSA__STAR:
		case SevPackage.VMSA__LSTAR:
		case SevPackage.VMSA__CSTAR:
		case SevPackage.VMSA__SFMASK:
		case SevPackage.VMSA__KERNEL_GS_BASE:
		case SevPackage.VMSA__SYSENTER_CS:
		case SevPackage.VMSA__SYSENTER_ESP:
		case SevPackage.VMSA__SYSENTER_EIP:
		case SevPackage.VMSA__CR2:
		case SevPackage.VMSA__GPAT:
		case SevPackage.VMSA__DBGCTL:
		case SevPackage.VMSA__BR_FROM:
		case SevPackage.VMSA__BR_TO:
		case SevPackage.VMSA__LAST_EXCP_FROM:
		case SevPackage.VMSA__LAST_EXCP_TO:
		case SevPackage.VMSA__PKRU:
		case SevPackage.VMSA__TSC_AUX:
		case SevPackage.VMSA__RCX:
		case SevPackage.VMSA__RDX:
		case SevPackage.VMSA__RBX:
		case SevPackage.VMSA__RBP:
		case SevPackage.VMSA__RSI:
		case SevPackage.VMSA__RDI:
		case SevPackage.VMSA__R8:
		case SevPackage.VMSA__R9:
		case SevPackage.VMSA__R10:
		case SevPackage.VMSA__R11:
		case SevPackage.VMSA__R12:
		case SevPackage.VMSA__R13:
		case SevPackage.VMSA__R14:
		case SevPackage.VMSA__R15:
		case SevPackage.VMSA__GUEST_EXIT_INFO1:
		case SevPackage.VMSA__GUEST_EXIT_INFO2:
		case SevPackage.VMSA__GUEST_EXIT_INT_INFO:
		case SevPackage.VMSA__GUEST_NRIP:
		case SevPackage.VMSA__SEV_FEATURES:
		case SevPackage.VMSA__VINTR_CTRL:
		case SevPackage.VMSA__GUEST_EXIT_CODE:
		case SevPackage.VMSA__VIRTUAL_TOM:
		case SevPackage.VMSA__TLB_ID:
		case SevPackage.VMSA__PCPU_ID:
		case SevPackage.VMSA__EVENT_INJ:
		case SevPackage.VMSA__XCR0:
		case SevPackage.VMSA__X87_DP:
		case SevPackage.VMSA__MXCSR:
		case SevPackage.VMSA__X87_FTW:
		case SevPackage.VMSA__X87_FSW:
		case SevPackage.VMSA__X87_FCW:
		case SevPackage.VMSA__X87_FOP:
		case SevPackage.VMSA__X87_DS:
		case SevPackage.VMSA__X87_CS:
		case SevPackage.VMSA__X87_RIP:
		case SevPackage.VMSA__FPREG_X87:
		case SevPackage.VMSA__FPREG_XMM:
		case SevPackage.VMSA__FPREG_YMM:
			fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
			return;
		case SevPackage.VMSA__ES:
		case SevPackage.VMSA__CS:
		case SevPackage.VMSA__SS:
		case SevPackage.VMSA__DS:
		case SevPackage.VMSA__FS:
		case SevPackage.VMSA__GS:
		case SevPackage.VMSA__GDTR:
		case SevPackage.VMSA__LDTR:
		case SevPackage.VMSA__IDTR:
		case SevPackage.VMSA__TR:
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

		newChildDescriptors
				.add(createChildParameter(SevPackage.Literals.VMSA__ES, SevFactory.eINSTANCE.createVmcbSegment()));

		newChildDescriptors
				.add(createChildParameter(SevPackage.Literals.VMSA__CS, SevFactory.eINSTANCE.createVmcbSegment()));

		newChildDescriptors
				.add(createChildParameter(SevPackage.Literals.VMSA__SS, SevFactory.eINSTANCE.createVmcbSegment()));

		newChildDescriptors
				.add(createChildParameter(SevPackage.Literals.VMSA__DS, SevFactory.eINSTANCE.createVmcbSegment()));

		newChildDescriptors
				.add(createChildParameter(SevPackage.Literals.VMSA__FS, SevFactory.eINSTANCE.createVmcbSegment()));

		newChildDescriptors
				.add(createChildParameter(SevPackage.Literals.VMSA__GS, SevFactory.eINSTANCE.createVmcbSegment()));

		newChildDescriptors
				.add(createChildParameter(SevPackage.Literals.VMSA__GDTR, SevFactory.eINSTANCE.createVmcbSegment()));

		newChildDescriptors
				.add(createChildParameter(SevPackage.Literals.VMSA__LDTR, SevFactory.eINSTANCE.createVmcbSegment()));

		newChildDescriptors
				.add(createChildParameter(SevPackage.Literals.VMSA__IDTR, SevFactory.eINSTANCE.createVmcbSegment()));

		newChildDescriptors
				.add(createChildParameter(SevPackage.Literals.VMSA__TR, SevFactory.eINSTANCE.createVmcbSegment()));
	}

	/**
	 * This returns the label text for {@link org.eclipse.emf.edit.command.CreateChildCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreateChildText(Object owner, Object feature, Object child, Collection<?> selection) {
		Object childFeature = feature;
		Object childObject = child;

		boolean qualify = childFeature == SevPackage.Literals.VMSA__ES || childFeature == SevPackage.Literals.VMSA__CS
				|| childFeature == SevPackage.Literals.VMSA__SS || childFeature == SevPackage.Literals.VMSA__DS
				|| childFeature == SevPackage.Literals.VMSA__FS || childFeature == SevPackage.Literals.VMSA__GS
				|| childFeature == SevPackage.Literals.VMSA__GDTR || childFeature == SevPackage.Literals.VMSA__LDTR
				|| childFeature == SevPackage.Literals.VMSA__IDTR || childFeature == SevPackage.Literals.VMSA__TR;

		if (qualify) {
			return getString("_UI_CreateChild_text2", //$NON-NLS-1$
					new Object[] { getTypeText(childObject), getFeatureText(childFeature), getTypeText(owner) });
		}
		return super.getCreateChildText(owner, feature, child, selection);
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
