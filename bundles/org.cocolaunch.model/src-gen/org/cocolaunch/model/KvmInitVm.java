/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kvm Init Vm</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Parameters of the init-VM step of a plain (default or SW_PROTECTED) KVM VM, as QEMU's kvm_arch_init and pc machine set it up: KVM_SET_IDENTITY_MAP_ADDR, KVM_SET_TSS_ADDR, the in-kernel irqchip and PIT, and KVM_GET_SUPPORTED_CPUID (set on each vCPU with KVM_SET_CPUID2 when it is created).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.model.KvmInitVm#getIdentityMapAddr <em>Identity Map Addr</em>}</li>
 *   <li>{@link org.cocolaunch.model.KvmInitVm#getTssAddr <em>Tss Addr</em>}</li>
 *   <li>{@link org.cocolaunch.model.KvmInitVm#isIrqchip <em>Irqchip</em>}</li>
 *   <li>{@link org.cocolaunch.model.KvmInitVm#isPit <em>Pit</em>}</li>
 *   <li>{@link org.cocolaunch.model.KvmInitVm#isSupportedCpuid <em>Supported Cpuid</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.model.ModelPackage#getKvmInitVm()
 * @model
 * @generated
 */
public interface KvmInitVm extends EObject {
	/**
	 * Returns the value of the '<em><b>Identity Map Addr</b></em>' attribute.
	 * The default value is <code>"4278173696"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Argument of KVM_SET_IDENTITY_MAP_ADDR (QEMU: 0xfeffc000); negative: not issued.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Identity Map Addr</em>' attribute.
	 * @see #setIdentityMapAddr(long)
	 * @see org.cocolaunch.model.ModelPackage#getKvmInitVm_IdentityMapAddr()
	 * @model default="4278173696"
	 * @generated
	 */
	long getIdentityMapAddr();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.KvmInitVm#getIdentityMapAddr <em>Identity Map Addr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Identity Map Addr</em>' attribute.
	 * @see #getIdentityMapAddr()
	 * @generated
	 */
	void setIdentityMapAddr(long value);

	/**
	 * Returns the value of the '<em><b>Tss Addr</b></em>' attribute.
	 * The default value is <code>"4278177792"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Argument of KVM_SET_TSS_ADDR, three pages (QEMU: identity map + 0x1000 = 0xfeffd000); negative: not issued.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tss Addr</em>' attribute.
	 * @see #setTssAddr(long)
	 * @see org.cocolaunch.model.ModelPackage#getKvmInitVm_TssAddr()
	 * @model default="4278177792"
	 * @generated
	 */
	long getTssAddr();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.KvmInitVm#getTssAddr <em>Tss Addr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tss Addr</em>' attribute.
	 * @see #getTssAddr()
	 * @generated
	 */
	void setTssAddr(long value);

	/**
	 * Returns the value of the '<em><b>Irqchip</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * KVM_CREATE_IRQCHIP: in-kernel PIC, IOAPIC and local APICs (QEMU kernel-irqchip=on).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Irqchip</em>' attribute.
	 * @see #setIrqchip(boolean)
	 * @see org.cocolaunch.model.ModelPackage#getKvmInitVm_Irqchip()
	 * @model default="true"
	 * @generated
	 */
	boolean isIrqchip();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.KvmInitVm#isIrqchip <em>Irqchip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Irqchip</em>' attribute.
	 * @see #isIrqchip()
	 * @generated
	 */
	void setIrqchip(boolean value);

	/**
	 * Returns the value of the '<em><b>Pit</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * KVM_CREATE_PIT2 with KVM_PIT_SPEAKER_DUMMY, as QEMU's in-kernel PIT (needs the irqchip).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pit</em>' attribute.
	 * @see #setPit(boolean)
	 * @see org.cocolaunch.model.ModelPackage#getKvmInitVm_Pit()
	 * @model default="true"
	 * @generated
	 */
	boolean isPit();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.KvmInitVm#isPit <em>Pit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pit</em>' attribute.
	 * @see #isPit()
	 * @generated
	 */
	void setPit(boolean value);

	/**
	 * Returns the value of the '<em><b>Supported Cpuid</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Read KVM_GET_SUPPORTED_CPUID now and give it to every vCPU with KVM_SET_CPUID2.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Supported Cpuid</em>' attribute.
	 * @see #setSupportedCpuid(boolean)
	 * @see org.cocolaunch.model.ModelPackage#getKvmInitVm_SupportedCpuid()
	 * @model default="true"
	 * @generated
	 */
	boolean isSupportedCpuid();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.KvmInitVm#isSupportedCpuid <em>Supported Cpuid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supported Cpuid</em>' attribute.
	 * @see #isSupportedCpuid()
	 * @generated
	 */
	void setSupportedCpuid(boolean value);

} // KvmInitVm
