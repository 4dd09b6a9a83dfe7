/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model.impl;

import org.cocolaunch.sev.model.SevPackage;
import org.cocolaunch.sev.model.SnpCpuidFunction;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Snp Cpuid Function</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.sev.model.impl.SnpCpuidFunctionImpl#getEaxIn <em>Eax In</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SnpCpuidFunctionImpl#getEcxIn <em>Ecx In</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SnpCpuidFunctionImpl#getXcr0In <em>Xcr0 In</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SnpCpuidFunctionImpl#getXssIn <em>Xss In</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SnpCpuidFunctionImpl#getEax <em>Eax</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SnpCpuidFunctionImpl#getEbx <em>Ebx</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SnpCpuidFunctionImpl#getEcx <em>Ecx</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SnpCpuidFunctionImpl#getEdx <em>Edx</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SnpCpuidFunctionImpl#getReserved <em>Reserved</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SnpCpuidFunctionImpl extends MinimalEObjectImpl.Container implements SnpCpuidFunction {
	/**
	 * The default value of the '{@link #getEaxIn() <em>Eax In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEaxIn()
	 * @generated
	 * @ordered
	 */
	protected static final long EAX_IN_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getEaxIn() <em>Eax In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEaxIn()
	 * @generated
	 * @ordered
	 */
	protected long eaxIn = EAX_IN_EDEFAULT;

	/**
	 * The default value of the '{@link #getEcxIn() <em>Ecx In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEcxIn()
	 * @generated
	 * @ordered
	 */
	protected static final long ECX_IN_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getEcxIn() <em>Ecx In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEcxIn()
	 * @generated
	 * @ordered
	 */
	protected long ecxIn = ECX_IN_EDEFAULT;

	/**
	 * The default value of the '{@link #getXcr0In() <em>Xcr0 In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXcr0In()
	 * @generated
	 * @ordered
	 */
	protected static final long XCR0_IN_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getXcr0In() <em>Xcr0 In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXcr0In()
	 * @generated
	 * @ordered
	 */
	protected long xcr0In = XCR0_IN_EDEFAULT;

	/**
	 * The default value of the '{@link #getXssIn() <em>Xss In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXssIn()
	 * @generated
	 * @ordered
	 */
	protected static final long XSS_IN_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getXssIn() <em>Xss In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXssIn()
	 * @generated
	 * @ordered
	 */
	protected long xssIn = XSS_IN_EDEFAULT;

	/**
	 * The default value of the '{@link #getEax() <em>Eax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEax()
	 * @generated
	 * @ordered
	 */
	protected static final long EAX_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getEax() <em>Eax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEax()
	 * @generated
	 * @ordered
	 */
	protected long eax = EAX_EDEFAULT;

	/**
	 * The default value of the '{@link #getEbx() <em>Ebx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEbx()
	 * @generated
	 * @ordered
	 */
	protected static final long EBX_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getEbx() <em>Ebx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEbx()
	 * @generated
	 * @ordered
	 */
	protected long ebx = EBX_EDEFAULT;

	/**
	 * The default value of the '{@link #getEcx() <em>Ecx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEcx()
	 * @generated
	 * @ordered
	 */
	protected static final long ECX_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getEcx() <em>Ecx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEcx()
	 * @generated
	 * @ordered
	 */
	protected long ecx = ECX_EDEFAULT;

	/**
	 * The default value of the '{@link #getEdx() <em>Edx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdx()
	 * @generated
	 * @ordered
	 */
	protected static final long EDX_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getEdx() <em>Edx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdx()
	 * @generated
	 * @ordered
	 */
	protected long edx = EDX_EDEFAULT;

	/**
	 * The default value of the '{@link #getReserved() <em>Reserved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReserved()
	 * @generated
	 * @ordered
	 */
	protected static final long RESERVED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getReserved() <em>Reserved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReserved()
	 * @generated
	 * @ordered
	 */
	protected long reserved = RESERVED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SnpCpuidFunctionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SevPackage.Literals.SNP_CPUID_FUNCTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getEaxIn() {
		return eaxIn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEaxIn(long newEaxIn) {
		long oldEaxIn = eaxIn;
		eaxIn = newEaxIn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SNP_CPUID_FUNCTION__EAX_IN, oldEaxIn,
					eaxIn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getEcxIn() {
		return ecxIn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEcxIn(long newEcxIn) {
		long oldEcxIn = ecxIn;
		ecxIn = newEcxIn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SNP_CPUID_FUNCTION__ECX_IN, oldEcxIn,
					ecxIn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getXcr0In() {
		return xcr0In;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setXcr0In(long newXcr0In) {
		long oldXcr0In = xcr0In;
		xcr0In = newXcr0In;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SNP_CPUID_FUNCTION__XCR0_IN, oldXcr0In,
					xcr0In));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getXssIn() {
		return xssIn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setXssIn(long newXssIn) {
		long oldXssIn = xssIn;
		xssIn = newXssIn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SNP_CPUID_FUNCTION__XSS_IN, oldXssIn,
					xssIn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getEax() {
		return eax;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEax(long newEax) {
		long oldEax = eax;
		eax = newEax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SNP_CPUID_FUNCTION__EAX, oldEax, eax));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getEbx() {
		return ebx;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEbx(long newEbx) {
		long oldEbx = ebx;
		ebx = newEbx;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SNP_CPUID_FUNCTION__EBX, oldEbx, ebx));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getEcx() {
		return ecx;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEcx(long newEcx) {
		long oldEcx = ecx;
		ecx = newEcx;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SNP_CPUID_FUNCTION__ECX, oldEcx, ecx));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getEdx() {
		return edx;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEdx(long newEdx) {
		long oldEdx = edx;
		edx = newEdx;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SNP_CPUID_FUNCTION__EDX, oldEdx, edx));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getReserved() {
		return reserved;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReserved(long newReserved) {
		long oldReserved = reserved;
		reserved = newReserved;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SNP_CPUID_FUNCTION__RESERVED, oldReserved,
					reserved));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case SevPackage.SNP_CPUID_FUNCTION__EAX_IN:
			return getEaxIn();
		case SevPackage.SNP_CPUID_FUNCTION__ECX_IN:
			return getEcxIn();
		case SevPackage.SNP_CPUID_FUNCTION__XCR0_IN:
			return getXcr0In();
		case SevPackage.SNP_CPUID_FUNCTION__XSS_IN:
			return getXssIn();
		case SevPackage.SNP_CPUID_FUNCTION__EAX:
			return getEax();
		case SevPackage.SNP_CPUID_FUNCTION__EBX:
			return getEbx();
		case SevPackage.SNP_CPUID_FUNCTION__ECX:
			return getEcx();
		case SevPackage.SNP_CPUID_FUNCTION__EDX:
			return getEdx();
		case SevPackage.SNP_CPUID_FUNCTION__RESERVED:
			return getReserved();
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
		case SevPackage.SNP_CPUID_FUNCTION__EAX_IN:
			setEaxIn((Long) newValue);
			return;
		case SevPackage.SNP_CPUID_FUNCTION__ECX_IN:
			setEcxIn((Long) newValue);
			return;
		case SevPackage.SNP_CPUID_FUNCTION__XCR0_IN:
			setXcr0In((Long) newValue);
			return;
		case SevPackage.SNP_CPUID_FUNCTION__XSS_IN:
			setXssIn((Long) newValue);
			return;
		case SevPackage.SNP_CPUID_FUNCTION__EAX:
			setEax((Long) newValue);
			return;
		case SevPackage.SNP_CPUID_FUNCTION__EBX:
			setEbx((Long) newValue);
			return;
		case SevPackage.SNP_CPUID_FUNCTION__ECX:
			setEcx((Long) newValue);
			return;
		case SevPackage.SNP_CPUID_FUNCTION__EDX:
			setEdx((Long) newValue);
			return;
		case SevPackage.SNP_CPUID_FUNCTION__RESERVED:
			setReserved((Long) newValue);
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
		case SevPackage.SNP_CPUID_FUNCTION__EAX_IN:
			setEaxIn(EAX_IN_EDEFAULT);
			return;
		case SevPackage.SNP_CPUID_FUNCTION__ECX_IN:
			setEcxIn(ECX_IN_EDEFAULT);
			return;
		case SevPackage.SNP_CPUID_FUNCTION__XCR0_IN:
			setXcr0In(XCR0_IN_EDEFAULT);
			return;
		case SevPackage.SNP_CPUID_FUNCTION__XSS_IN:
			setXssIn(XSS_IN_EDEFAULT);
			return;
		case SevPackage.SNP_CPUID_FUNCTION__EAX:
			setEax(EAX_EDEFAULT);
			return;
		case SevPackage.SNP_CPUID_FUNCTION__EBX:
			setEbx(EBX_EDEFAULT);
			return;
		case SevPackage.SNP_CPUID_FUNCTION__ECX:
			setEcx(ECX_EDEFAULT);
			return;
		case SevPackage.SNP_CPUID_FUNCTION__EDX:
			setEdx(EDX_EDEFAULT);
			return;
		case SevPackage.SNP_CPUID_FUNCTION__RESERVED:
			setReserved(RESERVED_EDEFAULT);
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
		case SevPackage.SNP_CPUID_FUNCTION__EAX_IN:
			return eaxIn != EAX_IN_EDEFAULT;
		case SevPackage.SNP_CPUID_FUNCTION__ECX_IN:
			return ecxIn != ECX_IN_EDEFAULT;
		case SevPackage.SNP_CPUID_FUNCTION__XCR0_IN:
			return xcr0In != XCR0_IN_EDEFAULT;
		case SevPackage.SNP_CPUID_FUNCTION__XSS_IN:
			return xssIn != XSS_IN_EDEFAULT;
		case SevPackage.SNP_CPUID_FUNCTION__EAX:
			return eax != EAX_EDEFAULT;
		case SevPackage.SNP_CPUID_FUNCTION__EBX:
			return ebx != EBX_EDEFAULT;
		case SevPackage.SNP_CPUID_FUNCTION__ECX:
			return ecx != ECX_EDEFAULT;
		case SevPackage.SNP_CPUID_FUNCTION__EDX:
			return edx != EDX_EDEFAULT;
		case SevPackage.SNP_CPUID_FUNCTION__RESERVED:
			return reserved != RESERVED_EDEFAULT;
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
		result.append(" (eaxIn: "); //$NON-NLS-1$
		result.append(eaxIn);
		result.append(", ecxIn: "); //$NON-NLS-1$
		result.append(ecxIn);
		result.append(", xcr0In: "); //$NON-NLS-1$
		result.append(xcr0In);
		result.append(", xssIn: "); //$NON-NLS-1$
		result.append(xssIn);
		result.append(", eax: "); //$NON-NLS-1$
		result.append(eax);
		result.append(", ebx: "); //$NON-NLS-1$
		result.append(ebx);
		result.append(", ecx: "); //$NON-NLS-1$
		result.append(ecx);
		result.append(", edx: "); //$NON-NLS-1$
		result.append(edx);
		result.append(", reserved: "); //$NON-NLS-1$
		result.append(reserved);
		result.append(')');
		return result.toString();
	}

} //SnpCpuidFunctionImpl
