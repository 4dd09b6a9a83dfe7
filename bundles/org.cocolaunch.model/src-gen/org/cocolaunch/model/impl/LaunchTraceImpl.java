/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.model.impl;

import java.util.Collection;
import java.util.Date;

import org.cocolaunch.model.LaunchTrace;
import org.cocolaunch.model.ModelPackage;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.Vendor;
import org.cocolaunch.model.VmType;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Launch Trace</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.model.impl.LaunchTraceImpl#getPlanName <em>Plan Name</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.LaunchTraceImpl#getPlanUri <em>Plan Uri</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.LaunchTraceImpl#getBackend <em>Backend</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.LaunchTraceImpl#getVendor <em>Vendor</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.LaunchTraceImpl#getVmType <em>Vm Type</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.LaunchTraceImpl#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.LaunchTraceImpl#getResults <em>Results</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LaunchTraceImpl extends MinimalEObjectImpl.Container implements LaunchTrace {
	/**
	 * The default value of the '{@link #getPlanName() <em>Plan Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlanName()
	 * @generated
	 * @ordered
	 */
	protected static final String PLAN_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlanName() <em>Plan Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlanName()
	 * @generated
	 * @ordered
	 */
	protected String planName = PLAN_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlanUri() <em>Plan Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlanUri()
	 * @generated
	 * @ordered
	 */
	protected static final String PLAN_URI_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlanUri() <em>Plan Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlanUri()
	 * @generated
	 * @ordered
	 */
	protected String planUri = PLAN_URI_EDEFAULT;

	/**
	 * The default value of the '{@link #getBackend() <em>Backend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackend()
	 * @generated
	 * @ordered
	 */
	protected static final String BACKEND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBackend() <em>Backend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackend()
	 * @generated
	 * @ordered
	 */
	protected String backend = BACKEND_EDEFAULT;

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
	 * The default value of the '{@link #getStartedAt() <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date STARTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartedAt() <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedAt()
	 * @generated
	 * @ordered
	 */
	protected Date startedAt = STARTED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getResults() <em>Results</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResults()
	 * @generated
	 * @ordered
	 */
	protected EList<StepResult> results;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LaunchTraceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.LAUNCH_TRACE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPlanName() {
		return planName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlanName(String newPlanName) {
		String oldPlanName = planName;
		planName = newPlanName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LAUNCH_TRACE__PLAN_NAME, oldPlanName,
					planName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPlanUri() {
		return planUri;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlanUri(String newPlanUri) {
		String oldPlanUri = planUri;
		planUri = newPlanUri;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LAUNCH_TRACE__PLAN_URI, oldPlanUri,
					planUri));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBackend() {
		return backend;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBackend(String newBackend) {
		String oldBackend = backend;
		backend = newBackend;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LAUNCH_TRACE__BACKEND, oldBackend,
					backend));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LAUNCH_TRACE__VENDOR, oldVendor,
					vendor));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LAUNCH_TRACE__VM_TYPE, oldVmType,
					vmType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStartedAt() {
		return startedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartedAt(Date newStartedAt) {
		Date oldStartedAt = startedAt;
		startedAt = newStartedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.LAUNCH_TRACE__STARTED_AT, oldStartedAt,
					startedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StepResult> getResults() {
		if (results == null) {
			results = new EObjectContainmentEList<StepResult>(StepResult.class, this,
					ModelPackage.LAUNCH_TRACE__RESULTS);
		}
		return results;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
		case ModelPackage.LAUNCH_TRACE__RESULTS:
			return ((InternalEList<?>) getResults()).basicRemove(otherEnd, msgs);
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
		case ModelPackage.LAUNCH_TRACE__PLAN_NAME:
			return getPlanName();
		case ModelPackage.LAUNCH_TRACE__PLAN_URI:
			return getPlanUri();
		case ModelPackage.LAUNCH_TRACE__BACKEND:
			return getBackend();
		case ModelPackage.LAUNCH_TRACE__VENDOR:
			return getVendor();
		case ModelPackage.LAUNCH_TRACE__VM_TYPE:
			return getVmType();
		case ModelPackage.LAUNCH_TRACE__STARTED_AT:
			return getStartedAt();
		case ModelPackage.LAUNCH_TRACE__RESULTS:
			return getResults();
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
		case ModelPackage.LAUNCH_TRACE__PLAN_NAME:
			setPlanName((String) newValue);
			return;
		case ModelPackage.LAUNCH_TRACE__PLAN_URI:
			setPlanUri((String) newValue);
			return;
		case ModelPackage.LAUNCH_TRACE__BACKEND:
			setBackend((String) newValue);
			return;
		case ModelPackage.LAUNCH_TRACE__VENDOR:
			setVendor((Vendor) newValue);
			return;
		case ModelPackage.LAUNCH_TRACE__VM_TYPE:
			setVmType((VmType) newValue);
			return;
		case ModelPackage.LAUNCH_TRACE__STARTED_AT:
			setStartedAt((Date) newValue);
			return;
		case ModelPackage.LAUNCH_TRACE__RESULTS:
			getResults().clear();
			getResults().addAll((Collection<? extends StepResult>) newValue);
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
		case ModelPackage.LAUNCH_TRACE__PLAN_NAME:
			setPlanName(PLAN_NAME_EDEFAULT);
			return;
		case ModelPackage.LAUNCH_TRACE__PLAN_URI:
			setPlanUri(PLAN_URI_EDEFAULT);
			return;
		case ModelPackage.LAUNCH_TRACE__BACKEND:
			setBackend(BACKEND_EDEFAULT);
			return;
		case ModelPackage.LAUNCH_TRACE__VENDOR:
			setVendor(VENDOR_EDEFAULT);
			return;
		case ModelPackage.LAUNCH_TRACE__VM_TYPE:
			setVmType(VM_TYPE_EDEFAULT);
			return;
		case ModelPackage.LAUNCH_TRACE__STARTED_AT:
			setStartedAt(STARTED_AT_EDEFAULT);
			return;
		case ModelPackage.LAUNCH_TRACE__RESULTS:
			getResults().clear();
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
		case ModelPackage.LAUNCH_TRACE__PLAN_NAME:
			return PLAN_NAME_EDEFAULT == null ? planName != null : !PLAN_NAME_EDEFAULT.equals(planName);
		case ModelPackage.LAUNCH_TRACE__PLAN_URI:
			return PLAN_URI_EDEFAULT == null ? planUri != null : !PLAN_URI_EDEFAULT.equals(planUri);
		case ModelPackage.LAUNCH_TRACE__BACKEND:
			return BACKEND_EDEFAULT == null ? backend != null : !BACKEND_EDEFAULT.equals(backend);
		case ModelPackage.LAUNCH_TRACE__VENDOR:
			return vendor != VENDOR_EDEFAULT;
		case ModelPackage.LAUNCH_TRACE__VM_TYPE:
			return vmType != VM_TYPE_EDEFAULT;
		case ModelPackage.LAUNCH_TRACE__STARTED_AT:
			return STARTED_AT_EDEFAULT == null ? startedAt != null : !STARTED_AT_EDEFAULT.equals(startedAt);
		case ModelPackage.LAUNCH_TRACE__RESULTS:
			return results != null && !results.isEmpty();
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
		result.append(" (planName: "); //$NON-NLS-1$
		result.append(planName);
		result.append(", planUri: "); //$NON-NLS-1$
		result.append(planUri);
		result.append(", backend: "); //$NON-NLS-1$
		result.append(backend);
		result.append(", vendor: "); //$NON-NLS-1$
		result.append(vendor);
		result.append(", vmType: "); //$NON-NLS-1$
		result.append(vmType);
		result.append(", startedAt: "); //$NON-NLS-1$
		result.append(startedAt);
		result.append(')');
		return result.toString();
	}

} //LaunchTraceImpl
