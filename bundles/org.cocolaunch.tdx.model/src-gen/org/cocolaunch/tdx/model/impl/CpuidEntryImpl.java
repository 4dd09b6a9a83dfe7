/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.model.impl;

import org.cocolaunch.tdx.model.CpuidEntry;
import org.cocolaunch.tdx.model.TdxPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cpuid Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.tdx.model.impl.CpuidEntryImpl#getFunction <em>Function</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.CpuidEntryImpl#getIndex <em>Index</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.CpuidEntryImpl#getFlags <em>Flags</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.CpuidEntryImpl#getEax <em>Eax</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.CpuidEntryImpl#getEbx <em>Ebx</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.CpuidEntryImpl#getEcx <em>Ecx</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.CpuidEntryImpl#getEdx <em>Edx</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CpuidEntryImpl extends MinimalEObjectImpl.Container implements CpuidEntry {
	/**
	 * The default value of the '{@link #getFunction() <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunction()
	 * @generated
	 * @ordered
	 */
	protected static final int FUNCTION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFunction() <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunction()
	 * @generated
	 * @ordered
	 */
	protected int function = FUNCTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int INDEX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected int index = INDEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getFlags() <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlags()
	 * @generated
	 * @ordered
	 */
	protected static final int FLAGS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFlags() <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlags()
	 * @generated
	 * @ordered
	 */
	protected int flags = FLAGS_EDEFAULT;

	/**
	 * The default value of the '{@link #getEax() <em>Eax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEax()
	 * @generated
	 * @ordered
	 */
	protected static final int EAX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEax() <em>Eax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEax()
	 * @generated
	 * @ordered
	 */
	protected int eax = EAX_EDEFAULT;

	/**
	 * The default value of the '{@link #getEbx() <em>Ebx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEbx()
	 * @generated
	 * @ordered
	 */
	protected static final int EBX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEbx() <em>Ebx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEbx()
	 * @generated
	 * @ordered
	 */
	protected int ebx = EBX_EDEFAULT;

	/**
	 * The default value of the '{@link #getEcx() <em>Ecx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEcx()
	 * @generated
	 * @ordered
	 */
	protected static final int ECX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEcx() <em>Ecx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEcx()
	 * @generated
	 * @ordered
	 */
	protected int ecx = ECX_EDEFAULT;

	/**
	 * The default value of the '{@link #getEdx() <em>Edx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdx()
	 * @generated
	 * @ordered
	 */
	protected static final int EDX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEdx() <em>Edx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdx()
	 * @generated
	 * @ordered
	 */
	protected int edx = EDX_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CpuidEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TdxPackage.Literals.CPUID_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFunction() {
		return function;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFunction(int newFunction) {
		int oldFunction = function;
		function = newFunction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.CPUID_ENTRY__FUNCTION, oldFunction,
					function));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIndex() {
		return index;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndex(int newIndex) {
		int oldIndex = index;
		index = newIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.CPUID_ENTRY__INDEX, oldIndex, index));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFlags() {
		return flags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFlags(int newFlags) {
		int oldFlags = flags;
		flags = newFlags;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.CPUID_ENTRY__FLAGS, oldFlags, flags));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEax() {
		return eax;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEax(int newEax) {
		int oldEax = eax;
		eax = newEax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.CPUID_ENTRY__EAX, oldEax, eax));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEbx() {
		return ebx;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEbx(int newEbx) {
		int oldEbx = ebx;
		ebx = newEbx;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.CPUID_ENTRY__EBX, oldEbx, ebx));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEcx() {
		return ecx;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEcx(int newEcx) {
		int oldEcx = ecx;
		ecx = newEcx;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.CPUID_ENTRY__ECX, oldEcx, ecx));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEdx() {
		return edx;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEdx(int newEdx) {
		int oldEdx = edx;
		edx = newEdx;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.CPUID_ENTRY__EDX, oldEdx, edx));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case TdxPackage.CPUID_ENTRY__FUNCTION:
			return getFunction();
		case TdxPackage.CPUID_ENTRY__INDEX:
			return getIndex();
		case TdxPackage.CPUID_ENTRY__FLAGS:
			return getFlags();
		case TdxPackage.CPUID_ENTRY__EAX:
			return getEax();
		case TdxPackage.CPUID_ENTRY__EBX:
			return getEbx();
		case TdxPackage.CPUID_ENTRY__ECX:
			return getEcx();
		case TdxPackage.CPUID_ENTRY__EDX:
			return getEdx();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
		case TdxPackage.CPUID_ENTRY__FUNCTION:
			setFunction((Integer) newValue);
			return;
		case TdxPackage.CPUID_ENTRY__INDEX:
			setIndex((Integer) newValue);
			return;
		case TdxPackage.CPUID_ENTRY__FLAGS:
			setFlags((Integer) newValue);
			return;
		case TdxPackage.CPUID_ENTRY__EAX:
			setEax((Integer) newValue);
			return;
		case TdxPackage.CPUID_ENTRY__EBX:
			setEbx((Integer) newValue);
			return;
		case TdxPackage.CPUID_ENTRY__ECX:
			setEcx((Integer) newValue);
			return;
		case TdxPackage.CPUID_ENTRY__EDX:
			setEdx((Integer) newValue);
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
		case TdxPackage.CPUID_ENTRY__FUNCTION:
			setFunction(FUNCTION_EDEFAULT);
			return;
		case TdxPackage.CPUID_ENTRY__INDEX:
			setIndex(INDEX_EDEFAULT);
			return;
		case TdxPackage.CPUID_ENTRY__FLAGS:
			setFlags(FLAGS_EDEFAULT);
			return;
		case TdxPackage.CPUID_ENTRY__EAX:
			setEax(EAX_EDEFAULT);
			return;
		case TdxPackage.CPUID_ENTRY__EBX:
			setEbx(EBX_EDEFAULT);
			return;
		case TdxPackage.CPUID_ENTRY__ECX:
			setEcx(ECX_EDEFAULT);
			return;
		case TdxPackage.CPUID_ENTRY__EDX:
			setEdx(EDX_EDEFAULT);
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
		case TdxPackage.CPUID_ENTRY__FUNCTION:
			return function != FUNCTION_EDEFAULT;
		case TdxPackage.CPUID_ENTRY__INDEX:
			return index != INDEX_EDEFAULT;
		case TdxPackage.CPUID_ENTRY__FLAGS:
			return flags != FLAGS_EDEFAULT;
		case TdxPackage.CPUID_ENTRY__EAX:
			return eax != EAX_EDEFAULT;
		case TdxPackage.CPUID_ENTRY__EBX:
			return ebx != EBX_EDEFAULT;
		case TdxPackage.CPUID_ENTRY__ECX:
			return ecx != ECX_EDEFAULT;
		case TdxPackage.CPUID_ENTRY__EDX:
			return edx != EDX_EDEFAULT;
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
		result.append(" (function: "); //$NON-NLS-1$
		result.append(function);
		result.append(", index: "); //$NON-NLS-1$
		result.append(index);
		result.append(", flags: "); //$NON-NLS-1$
		result.append(flags);
		result.append(", eax: "); //$NON-NLS-1$
		result.append(eax);
		result.append(", ebx: "); //$NON-NLS-1$
		result.append(ebx);
		result.append(", ecx: "); //$NON-NLS-1$
		result.append(ecx);
		result.append(", edx: "); //$NON-NLS-1$
		result.append(edx);
		result.append(')');
		return result.toString();
	}

} //CpuidEntryImpl
