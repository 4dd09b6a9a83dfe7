/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.model.impl;

import java.util.Collection;

import org.cocolaunch.model.GuestMemoryRegion;
import org.cocolaunch.model.LaunchInput;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.MeasurementRegister;
import org.cocolaunch.model.ModelPackage;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.VcpuState;
import org.cocolaunch.model.Vendor;
import org.cocolaunch.model.VmType;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Launch Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.model.impl.LaunchPlanImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.LaunchPlanImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.LaunchPlanImpl#getVendor <em>Vendor</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.LaunchPlanImpl#getVmType <em>Vm Type</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.LaunchPlanImpl#getPreset <em>Preset</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.LaunchPlanImpl#getInputs <em>Inputs</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.LaunchPlanImpl#getMemoryRegions <em>Memory Regions</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.LaunchPlanImpl#getVcpus <em>Vcpus</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.LaunchPlanImpl#getRegisters <em>Registers</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.LaunchPlanImpl#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.LaunchPlanImpl#getHost <em>Host</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LaunchPlanImpl extends MinimalEObjectImpl.Container implements LaunchPlan {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getVendor() <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendor()
	 * @generated
	 * @ordered
	 */
	protected static final Vendor VENDOR_EDEFAULT = Vendor.AMD;

	/**
	 * The cached value of the '{@link #getVendor() <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendor()
	 * @generated
	 * @ordered
	 */
	protected Vendor vendor = VENDOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getVmType() <em>Vm Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVmType()
	 * @generated
	 * @ordered
	 */
	protected static final VmType VM_TYPE_EDEFAULT = VmType.DEFAULT;

	/**
	 * The cached value of the '{@link #getVmType() <em>Vm Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVmType()
	 * @generated
	 * @ordered
	 */
	protected VmType vmType = VM_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPreset() <em>Preset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreset()
	 * @generated
	 * @ordered
	 */
	protected static final String PRESET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPreset() <em>Preset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreset()
	 * @generated
	 * @ordered
	 */
	protected String preset = PRESET_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInputs() <em>Inputs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputs()
	 * @generated
	 * @ordered
	 */
	protected EList<LaunchInput> inputs;

	/**
	 * The cached value of the '{@link #getMemoryRegions() <em>Memory Regions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryRegions()
	 * @generated
	 * @ordered
	 */
	protected EList<GuestMemoryRegion> memoryRegions;

	/**
	 * The cached value of the '{@link #getVcpus() <em>Vcpus</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVcpus()
	 * @generated
	 * @ordered
	 */
	protected EList<VcpuState> vcpus;

	/**
	 * The cached value of the '{@link #getRegisters() <em>Registers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegisters()
	 * @generated
	 * @ordered
	 */
	protected EList<MeasurementRegister> registers;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<Step> steps;

	/**
	 * The cached value of the '{@link #getHost() <em>Host</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected EObject host;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LaunchPlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.LAUNCH_PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LAUNCH_PLAN__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LAUNCH_PLAN__DESCRIPTION, oldDescription,
					description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Vendor getVendor() {
		return vendor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVendor(Vendor newVendor) {
		Vendor oldVendor = vendor;
		vendor = newVendor == null ? VENDOR_EDEFAULT : newVendor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LAUNCH_PLAN__VENDOR, oldVendor, vendor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VmType getVmType() {
		return vmType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVmType(VmType newVmType) {
		VmType oldVmType = vmType;
		vmType = newVmType == null ? VM_TYPE_EDEFAULT : newVmType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LAUNCH_PLAN__VM_TYPE, oldVmType,
					vmType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPreset() {
		return preset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreset(String newPreset) {
		String oldPreset = preset;
		preset = newPreset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LAUNCH_PLAN__PRESET, oldPreset, preset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LaunchInput> getInputs() {
		if (inputs == null) {
			inputs = new EObjectContainmentEList<LaunchInput>(LaunchInput.class, this,
					ModelPackage.LAUNCH_PLAN__INPUTS);
		}
		return inputs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GuestMemoryRegion> getMemoryRegions() {
		if (memoryRegions == null) {
			memoryRegions = new EObjectContainmentEList<GuestMemoryRegion>(GuestMemoryRegion.class, this,
					ModelPackage.LAUNCH_PLAN__MEMORY_REGIONS);
		}
		return memoryRegions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VcpuState> getVcpus() {
		if (vcpus == null) {
			vcpus = new EObjectContainmentEList<VcpuState>(VcpuState.class, this, ModelPackage.LAUNCH_PLAN__VCPUS);
		}
		return vcpus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MeasurementRegister> getRegisters() {
		if (registers == null) {
			registers = new EObjectContainmentEList<MeasurementRegister>(MeasurementRegister.class, this,
					ModelPackage.LAUNCH_PLAN__REGISTERS);
		}
		return registers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Step> getSteps() {
		if (steps == null) {
			steps = new EObjectContainmentEList<Step>(Step.class, this, ModelPackage.LAUNCH_PLAN__STEPS);
		}
		return steps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject getHost() {
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetHost(EObject newHost, NotificationChain msgs) {
		EObject oldHost = host;
		host = newHost;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET,
					ModelPackage.LAUNCH_PLAN__HOST, oldHost, newHost);
			if (msgs == null)
				msgs = notification;
			else
				msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHost(EObject newHost) {
		if (newHost != host) {
			NotificationChain msgs = null;
			if (host != null)
				msgs = ((InternalEObject) host).eInverseRemove(this,
						EOPPOSITE_FEATURE_BASE - ModelPackage.LAUNCH_PLAN__HOST, null, msgs);
			if (newHost != null)
				msgs = ((InternalEObject) newHost).eInverseAdd(this,
						EOPPOSITE_FEATURE_BASE - ModelPackage.LAUNCH_PLAN__HOST, null, msgs);
			msgs = basicSetHost(newHost, msgs);
			if (msgs != null)
				msgs.dispatch();
		} else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LAUNCH_PLAN__HOST, newHost, newHost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
		case ModelPackage.LAUNCH_PLAN__INPUTS:
			return ((InternalEList<?>) getInputs()).basicRemove(otherEnd, msgs);
		case ModelPackage.LAUNCH_PLAN__MEMORY_REGIONS:
			return ((InternalEList<?>) getMemoryRegions()).basicRemove(otherEnd, msgs);
		case ModelPackage.LAUNCH_PLAN__VCPUS:
			return ((InternalEList<?>) getVcpus()).basicRemove(otherEnd, msgs);
		case ModelPackage.LAUNCH_PLAN__REGISTERS:
			return ((InternalEList<?>) getRegisters()).basicRemove(otherEnd, msgs);
		case ModelPackage.LAUNCH_PLAN__STEPS:
			return ((InternalEList<?>) getSteps()).basicRemove(otherEnd, msgs);
		case ModelPackage.LAUNCH_PLAN__HOST:
			return basicSetHost(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case ModelPackage.LAUNCH_PLAN__NAME:
			return getName();
		case ModelPackage.LAUNCH_PLAN__DESCRIPTION:
			return getDescription();
		case ModelPackage.LAUNCH_PLAN__VENDOR:
			return getVendor();
		case ModelPackage.LAUNCH_PLAN__VM_TYPE:
			return getVmType();
		case ModelPackage.LAUNCH_PLAN__PRESET:
			return getPreset();
		case ModelPackage.LAUNCH_PLAN__INPUTS:
			return getInputs();
		case ModelPackage.LAUNCH_PLAN__MEMORY_REGIONS:
			return getMemoryRegions();
		case ModelPackage.LAUNCH_PLAN__VCPUS:
			return getVcpus();
		case ModelPackage.LAUNCH_PLAN__REGISTERS:
			return getRegisters();
		case ModelPackage.LAUNCH_PLAN__STEPS:
			return getSteps();
		case ModelPackage.LAUNCH_PLAN__HOST:
			return getHost();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
		case ModelPackage.LAUNCH_PLAN__NAME:
			setName((String) newValue);
			return;
		case ModelPackage.LAUNCH_PLAN__DESCRIPTION:
			setDescription((String) newValue);
			return;
		case ModelPackage.LAUNCH_PLAN__VENDOR:
			setVendor((Vendor) newValue);
			return;
		case ModelPackage.LAUNCH_PLAN__VM_TYPE:
			setVmType((VmType) newValue);
			return;
		case ModelPackage.LAUNCH_PLAN__PRESET:
			setPreset((String) newValue);
			return;
		case ModelPackage.LAUNCH_PLAN__INPUTS:
			getInputs().clear();
			getInputs().addAll((Collection<? extends LaunchInput>) newValue);
			return;
		case ModelPackage.LAUNCH_PLAN__MEMORY_REGIONS:
			getMemoryRegions().clear();
			getMemoryRegions().addAll((Collection<? extends GuestMemoryRegion>) newValue);
			return;
		case ModelPackage.LAUNCH_PLAN__VCPUS:
			getVcpus().clear();
			getVcpus().addAll((Collection<? extends VcpuState>) newValue);
			return;
		case ModelPackage.LAUNCH_PLAN__REGISTERS:
			getRegisters().clear();
			getRegisters().addAll((Collection<? extends MeasurementRegister>) newValue);
			return;
		case ModelPackage.LAUNCH_PLAN__STEPS:
			getSteps().clear();
			getSteps().addAll((Collection<? extends Step>) newValue);
			return;
		case ModelPackage.LAUNCH_PLAN__HOST:
			setHost((EObject) newValue);
			return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
		case ModelPackage.LAUNCH_PLAN__NAME:
			setName(NAME_EDEFAULT);
			return;
		case ModelPackage.LAUNCH_PLAN__DESCRIPTION:
			setDescription(DESCRIPTION_EDEFAULT);
			return;
		case ModelPackage.LAUNCH_PLAN__VENDOR:
			setVendor(VENDOR_EDEFAULT);
			return;
		case ModelPackage.LAUNCH_PLAN__VM_TYPE:
			setVmType(VM_TYPE_EDEFAULT);
			return;
		case ModelPackage.LAUNCH_PLAN__PRESET:
			setPreset(PRESET_EDEFAULT);
			return;
		case ModelPackage.LAUNCH_PLAN__INPUTS:
			getInputs().clear();
			return;
		case ModelPackage.LAUNCH_PLAN__MEMORY_REGIONS:
			getMemoryRegions().clear();
			return;
		case ModelPackage.LAUNCH_PLAN__VCPUS:
			getVcpus().clear();
			return;
		case ModelPackage.LAUNCH_PLAN__REGISTERS:
			getRegisters().clear();
			return;
		case ModelPackage.LAUNCH_PLAN__STEPS:
			getSteps().clear();
			return;
		case ModelPackage.LAUNCH_PLAN__HOST:
			setHost((EObject) null);
			return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
		case ModelPackage.LAUNCH_PLAN__NAME:
			return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
		case ModelPackage.LAUNCH_PLAN__DESCRIPTION:
			return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
		case ModelPackage.LAUNCH_PLAN__VENDOR:
			return vendor != VENDOR_EDEFAULT;
		case ModelPackage.LAUNCH_PLAN__VM_TYPE:
			return vmType != VM_TYPE_EDEFAULT;
		case ModelPackage.LAUNCH_PLAN__PRESET:
			return PRESET_EDEFAULT == null ? preset != null : !PRESET_EDEFAULT.equals(preset);
		case ModelPackage.LAUNCH_PLAN__INPUTS:
			return inputs != null && !inputs.isEmpty();
		case ModelPackage.LAUNCH_PLAN__MEMORY_REGIONS:
			return memoryRegions != null && !memoryRegions.isEmpty();
		case ModelPackage.LAUNCH_PLAN__VCPUS:
			return vcpus != null && !vcpus.isEmpty();
		case ModelPackage.LAUNCH_PLAN__REGISTERS:
			return registers != null && !registers.isEmpty();
		case ModelPackage.LAUNCH_PLAN__STEPS:
			return steps != null && !steps.isEmpty();
		case ModelPackage.LAUNCH_PLAN__HOST:
			return host != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy())
			return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: "); //$NON-NLS-1$
		result.append(name);
		result.append(", description: "); //$NON-NLS-1$
		result.append(description);
		result.append(", vendor: "); //$NON-NLS-1$
		result.append(vendor);
		result.append(", vmType: "); //$NON-NLS-1$
		result.append(vmType);
		result.append(", preset: "); //$NON-NLS-1$
		result.append(preset);
		result.append(')');
		return result.toString();
	}

} //LaunchPlanImpl
